// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// AccountLocator: turns an account name from a request into its Maildir, through the
// catalog or, for an account created since the last refresh, through the layout. Names
// that do not fit the layout (or try to leave the root) are simply not found.

#include "../api/jsonrpc.h"
#include "../core/maildir/maillayout.h"

#include <QString>

#include <expected>

namespace mailstore::agent {

class CatalogService;

class AccountLocator {
public:
    AccountLocator(const CatalogService &catalog, core::maildir::MailLayout layout, std::filesystem::path root);
    std::expected<core::maildir::AccountLocation, api::RpcError> locate(const QString &name) const;
    // Like locate(), but an account that does not exist yet (a restore recreates it) is
    // placed where the layout puts it; names that do not fit the layout stay not found.
    std::expected<core::maildir::AccountLocation, api::RpcError> locateOrPlace(const QString &name) const;
    const core::maildir::MailLayout &layout() const { return m_layout; }
    const std::filesystem::path &root() const { return m_root; }

private:
    const CatalogService &m_catalog;
    core::maildir::MailLayout m_layout;
    std::filesystem::path m_root;
};

} // namespace mailstore::agent
