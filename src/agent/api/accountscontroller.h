// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// AccountsController: accounts.list (from the catalog), account.get and
// mailbox.messages (fresh from the store, metadata and header blocks only).

#include "../dispatcher.h"

#include "../accountlocator.h"

namespace mailstore::agent {

class CatalogService;

class AccountsController final {
public:
    AccountsController(const CatalogService &catalog, const AccountLocator &locator);
    void registerRoutes(Dispatcher &dispatcher);

    Reply list(const api::Params &params) const;
    Reply get(const api::Params &params) const;
    Reply messages(const api::Params &params) const;

private:
    std::expected<core::maildir::AccountLocation, api::RpcError> locate(const QString &name) const;

    const CatalogService &m_catalog;
    const AccountLocator &m_locator;
};

} // namespace mailstore::agent
