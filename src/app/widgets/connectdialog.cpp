// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectdialog.h"

#include "agentclient.h"
#include "api/methods.h"
#include "errortext.h"
#include "transport/sshprompter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mailstore::app {

namespace {
enum KindIndex { SshIndex, HttpsIndex, LocalIndex };
constexpr int TestTimeoutMs = 20'000;

QLineEdit *lineEdit(const QString &objectName, const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}
} // namespace

ConnectDialog::ConnectDialog(const QStringList &groups, QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox)
    , m_host(lineEdit(u"hostEdit"_s, tr("mstore-1.example.net")))
    , m_port(new QSpinBox)
    , m_user(lineEdit(u"userEdit"_s, tr("your login on the host")))
    , m_folder(lineEdit(u"folderEdit"_s, tr("/srv/mail")))
    , m_identity(lineEdit(u"identityEdit"_s, tr("ssh-agent or ~/.ssh/id_ed25519 (optional)")))
    , m_remoteCommand(lineEdit(u"remoteCommandEdit"_s, tr("mailstore-agent --stdio")))
    , m_password(lineEdit(u"passwordEdit"_s, tr("only if the host asks for one")))
    , m_token(lineEdit(u"tokenEdit"_s, tr("from mailstore-agent token add")))
    , m_caFile(lineEdit(u"caFileEdit"_s, tr("system CAs, or a certificate pinned on first use")))
    , m_name(lineEdit(u"nameEdit"_s, tr("shown in the fleet tree")))
    , m_group(new QComboBox)
    , m_environment(new QComboBox)
    , m_remember(new QCheckBox(tr("Remember the password or token in the system &keychain")))
    , m_autoConnect(new QCheckBox(tr("Connect when the console &starts")))
    , m_result(new QLabel)
    , m_testButton(new QPushButton(tr("&Test connection")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
    , m_form(new QFormLayout)
    , m_prompter(new SshPrompter(this, this))
{
    setWindowTitle(tr("Connect to a host"));
    setObjectName(u"connectDialog"_s);
    m_kind->setObjectName(u"kindBox"_s);
    m_kind->addItem(tr("SSH (runs the agent on the host)"));
    m_kind->addItem(tr("HTTPS (mailstore-agent serve)"));
    m_kind->addItem(tr("Local folder on this machine"));
    m_port->setRange(1, 65535);
    m_port->setValue(22);
    m_port->setAccessibleName(tr("Port"));
    m_password->setEchoMode(QLineEdit::Password);
    m_token->setEchoMode(QLineEdit::Password);
    m_group->setObjectName(u"groupBox"_s);
    m_group->setEditable(true);
    QStringList offered = groups;
    for (const QString &g : {tr("Production"), tr("New hardware"), tr("Backup"), tr("Test")}) {
        if (!offered.contains(g))
            offered.append(g);
    }
    m_group->addItems(offered);
    m_group->setCurrentIndex(-1); // a host's group is a choice, never a silent default
    m_group->lineEdit()->setPlaceholderText(tr("e.g. Production, New hardware, Backup"));
    m_environment->setObjectName(u"environmentBox"_s);
    for (Environment env : {Environment::Production, Environment::Staging, Environment::Test,
                            Environment::Other}) {
        m_environment->addItem(environmentName(env), int(env));
    }
    m_environment->setCurrentIndex(3);
    m_remember->setObjectName(u"rememberBox"_s);
    m_result->setObjectName(u"testResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testButton->setObjectName(u"testButton"_s);

    m_form->addRow(tr("&Connect over:"), m_kind);
    m_form->addRow(tr("&Host:"), m_host);
    m_form->addRow(tr("&Port:"), m_port);
    m_form->addRow(tr("&User:"), m_user);
    m_form->addRow(tr("&Folder:"), m_folder);
    m_form->addRow(tr("&Key file:"), m_identity);
    m_form->addRow(tr("Remote co&mmand:"), m_remoteCommand);
    m_form->addRow(tr("Pass&word:"), m_password);
    m_form->addRow(tr("&Token:"), m_token);
    m_form->addRow(tr("C&A certificate:"), m_caFile);
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Group:"), m_group);
    m_form->addRow(tr("&Environment:"), m_environment);
    m_form->addRow(QString(), m_remember);
    m_form->addRow(QString(), m_autoConnect);

    auto *save = m_buttons->addButton(tr("&Save and connect"), QDialogButtonBox::AcceptRole);
    save->setDefault(true);
    m_buttons->addButton(m_testButton, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_port->setValue(index == HttpsIndex ? 8443 : 22);
        updateFields();
    });
    connect(m_host, &QLineEdit::textChanged, this, [this](const QString &host) {
        // The name follows the host until someone types a name of their own.
        if (m_name->isModified())
            return;
        // "mstore-1.example.net" → "mstore-1"; an address stays whole.
        m_name->setText(QHostAddress(host).isNull() ? host.section(u'.', 0, 0) : host);
    });
    connect(m_group, &QComboBox::currentTextChanged, this, [this](const QString &group) {
        // A group named like an environment suggests it, until one is picked by hand.
        if (m_environmentPicked)
            return;
        const QString g = group.trimmed().toLower();
        const Environment env = g.contains(tr("production").toLower()) || g == "production"_L1
                                    ? Environment::Production
                                : g.contains(tr("staging").toLower()) ? Environment::Staging
                                : g.contains(tr("test").toLower())    ? Environment::Test
                                                                      : Environment::Other;
        const QSignalBlocker block(m_environment);
        m_environment->setCurrentIndex(m_environment->findData(int(env)));
    });
    connect(m_environment, &QComboBox::activated, this, [this] { m_environmentPicked = true; });
    connect(m_testButton, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_base.id = newProfileId();
    updateFields();
    resize(560, sizeHint().height());
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::updateFields()
{
    const int kind = m_kind->currentIndex();
    const auto show = [this](QWidget *field, bool visible) { m_form->setRowVisible(field, visible); };
    show(m_host, kind != LocalIndex);
    show(m_port, kind != LocalIndex);
    show(m_user, kind == SshIndex);
    show(m_folder, kind == LocalIndex);
    show(m_identity, kind == SshIndex);
    show(m_remoteCommand, kind == SshIndex);
    show(m_password, kind == SshIndex);
    show(m_token, kind == HttpsIndex);
    show(m_caFile, kind == HttpsIndex);
    m_remember->setVisible(kind != LocalIndex);
}

void ConnectDialog::setProfile(const ConnectionProfile &profile)
{
    m_base = profile;
    const QUrl url(profile.url);
    switch (profile.kind()) {
    case ConnectionProfile::Kind::Ssh:
        m_kind->setCurrentIndex(SshIndex);
        m_user->setText(url.userName());
        break;
    case ConnectionProfile::Kind::Https:
        m_kind->setCurrentIndex(HttpsIndex);
        break;
    default:
        m_kind->setCurrentIndex(LocalIndex);
        m_folder->setText(profile.address());
        break;
    }
    if (profile.kind() != ConnectionProfile::Kind::Local) {
        m_host->setText(url.host());
        m_port->setValue(url.port(profile.kind() == ConnectionProfile::Kind::Ssh ? 22 : 443));
    }
    m_identity->setText(profile.identityFile);
    m_remoteCommand->setText(profile.remoteCommand);
    m_caFile->setText(profile.caFile);
    m_name->setText(profile.name);
    m_name->setModified(true);
    m_group->setCurrentText(profile.group);
    m_environment->setCurrentIndex(m_environment->findData(int(profile.environment)));
    m_autoConnect->setChecked(profile.autoConnect);
    m_environmentPicked = true;
}

ConnectionProfile ConnectDialog::profile() const
{
    ConnectionProfile p = m_base;
    const QString host = m_host->text().trimmed();
    switch (m_kind->currentIndex()) {
    case SshIndex: {
        QUrl url;
        url.setScheme(u"ssh"_s);
        url.setHost(host);
        if (!m_user->text().trimmed().isEmpty())
            url.setUserName(m_user->text().trimmed());
        if (m_port->value() != 22)
            url.setPort(m_port->value());
        p.url = host.isEmpty() ? QString() : url.toString();
        p.identityFile = m_identity->text().trimmed();
        p.remoteCommand = m_remoteCommand->text().trimmed();
        p.caFile.clear();
        break;
    }
    case HttpsIndex: {
        QUrl url;
        url.setScheme(u"https"_s);
        url.setHost(host);
        if (m_port->value() != 443)
            url.setPort(m_port->value());
        p.url = host.isEmpty() ? QString() : url.toString();
        p.caFile = m_caFile->text().trimmed();
        p.identityFile.clear();
        p.remoteCommand.clear();
        break;
    }
    default:
        p.url = u"local:"_s + m_folder->text().trimmed();
        break;
    }
    p.name = m_name->text().trimmed();
    if (p.name.isEmpty())
        p.name = p.kind() == ConnectionProfile::Kind::Local ? m_folder->text().trimmed() : host;
    p.group = m_group->currentText().trimmed();
    p.environment = Environment(m_environment->currentData().toInt());
    p.autoConnect = m_autoConnect->isChecked();
    return p;
}

ProfileSecrets ConnectDialog::secrets() const
{
    ProfileSecrets s;
    s.password = m_password->text();
    s.token = m_token->text();
    return s;
}

bool ConnectDialog::rememberSecrets() const
{
    return m_remember->isChecked();
}

QString ConnectDialog::testResult() const
{
    return m_result->text();
}

void ConnectDialog::testConnection()
{
    delete m_testClient; // a new test replaces the one still running
    const ConnectionProfile p = profile();
    auto factory = transportForProfile(p, secrets(), this, m_prompter);
    if (!factory) {
        finishTest(false, tr("✗ %1").arg(factory.error()));
        return;
    }
    m_testClient = new AgentClient(this);
    m_testClient->setCallTimeout(TestTimeoutMs);
    m_result->setText(tr("Testing %1…").arg(p.url));
    m_testButton->setEnabled(false);
    QPointer<AgentClient> client = m_testClient;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    client->connectTo(*factory);
    client->call(api::method::HostInfo, {}, client, [this, client, clock](const api::Response &r) {
        if (r.error) {
            finishTest(false, tr("✗ The test failed: %1").arg(r.error->message));
        } else {
            const QJsonObject info = r.result.toObject();
            const QString host = info.value("hostname"_L1).toString();
            const QString version = info.value("agentVersion"_L1).toString();
            // Right after the agent starts it is still counting; a "0 accounts" would mislead.
            finishTest(true, info.value("catalogReady"_L1).toBool(true)
                ? tr("✓ Connected to %1: agent %2, %n account(s), answered in %3 ms.", nullptr,
                     info.value("accounts"_L1).toInt()).arg(host, version).arg(clock->elapsed())
                : tr("✓ Connected to %1: agent %2, answered in %3 ms; it is still counting the "
                     "accounts.").arg(host, version).arg(clock->elapsed()));
        }
        client->deleteLater();
    });
}

void ConnectDialog::finishTest(bool ok, const QString &text)
{
    m_result->setText(text);
    m_testButton->setEnabled(true);
    emit testFinished(ok);
}

void ConnectDialog::accept()
{
    if (QString error = profile().validate(); !error.isEmpty()) {
        m_result->setText(tr("✗ %1").arg(error));
        return;
    }
    QDialog::accept();
}

} // namespace mailstore::app
