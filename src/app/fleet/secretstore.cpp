// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mailstore::app {

namespace {
struct SecretText {
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

// Without a running keychain service (no D-Bus session, no Secret Service) QtKeychain
// reports OtherError with "Unknown error"; both mean "there is no keychain to use".
bool keychainUnusable(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}

QString describe(QKeychain::Job *job)
{
    if (keychainUnusable(job->error()))
        return SecretText::tr("no keychain service is running");
    return job->errorString();
}
} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

SecretStore::~SecretStore() = default;

QString SecretStore::key(const QString &profileId, const QString &what)
{
    return profileId + u'/' + what;
}

QString SecretStore::serviceName()
{
    return u"mailstore-admin"_s;
}

void SecretStore::read(const QString &key, QObject *context, ReadDone done)
{
    if (auto it = m_session.constFind(key); it != m_session.cend()) {
        QPointer<QObject> guard = context;
        QMetaObject::invokeMethod(this, [guard, done, secret = *it] {
            if (guard)
                done(secret);
        }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plain text in a settings file
    job->setKey(key);
    QPointer<QObject> guard = context;
    connect(job, &QKeychain::Job::finished, this, [this, guard, done, key](QKeychain::Job *j) {
        if (keychainUnusable(j->error()))
            m_keychainMissing = true;
        std::optional<QString> secret;
        if (j->error() == QKeychain::NoError) {
            secret = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
            m_session.insert(key, *secret);
        }
        if (guard)
            done(secret);
    });
    job->start();
}

void SecretStore::write(const QString &key, const QString &secret, QObject *context, WriteDone done)
{
    m_session.insert(key, secret);
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    QPointer<QObject> guard = context;
    connect(job, &QKeychain::Job::finished, this, [this, guard, done](QKeychain::Job *j) {
        if (keychainUnusable(j->error()))
            m_keychainMissing = true;
        if (guard && done)
            done(j->error() == QKeychain::NoError, describe(j));
    });
    job->start();
}

void SecretStore::remove(const QString &key)
{
    m_session.remove(key);
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->start();
}

} // namespace mailstore::app
