// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountlocator.h"

#include "catalogservice.h"

#include <QJsonObject>

#include <sys/stat.h>

namespace mailstore::agent {

namespace {
bool isDir(const std::filesystem::path &p)
{
    struct stat st {};
    return ::stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

api::RpcError notFound(const QString &name)
{
    return api::RpcError{api::rpccode::NotFound, QStringLiteral("no account '%1' on this host").arg(name),
                         QJsonObject{{QStringLiteral("account"), name}}};
}
} // namespace

AccountLocator::AccountLocator(const CatalogService &catalog, core::maildir::MailLayout layout,
                               std::filesystem::path root)
    : m_catalog(catalog)
    , m_layout(std::move(layout))
    , m_root(std::move(root))
{
}

std::expected<core::maildir::AccountLocation, api::RpcError> AccountLocator::locate(const QString &name) const
{
    const std::string n = name.toStdString();
    if (auto loc = m_catalog.catalog().find(n))
        return *loc;
    auto loc = m_layout.placeAccount(m_root, n);
    if (loc && (isDir(loc->maildir / "cur") || isDir(loc->maildir / "new")))
        return *loc;
    return std::unexpected(notFound(name));
}

std::expected<core::maildir::AccountLocation, api::RpcError> AccountLocator::locateOrPlace(const QString &name) const
{
    if (auto found = locate(name))
        return found;
    if (auto loc = m_layout.placeAccount(m_root, name.toStdString()))
        return *loc;
    return std::unexpected(notFound(name));
}

} // namespace mailstore::agent
