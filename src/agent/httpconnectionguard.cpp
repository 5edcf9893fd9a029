// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpconnectionguard.h"

#include <netinet/in.h>
#include <openssl/bio.h>

namespace mailstore::agent::http {

thread_local Connection *t_connection = nullptr;

std::string peerOf(int fd)
{
    sockaddr_storage addr{};
    socklen_t len = sizeof addr;
    if (::getpeername(fd, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
        return {};
    if (addr.ss_family == AF_INET) {
        const auto &a = reinterpret_cast<const sockaddr_in &>(addr).sin_addr;
        return std::string(reinterpret_cast<const char *>(&a), sizeof a);
    }
    const auto &a = reinterpret_cast<const sockaddr_in6 &>(addr).sin6_addr;
    return std::string(reinterpret_cast<const char *>(&a), sizeof a);
}

namespace {
// Counts what the connection reads and refuses reads once it is to end. Installed on the
// socket BIO of each TLS connection; `arg` is its Connection.
long bioCallback(BIO *bio, int oper, const char *, size_t, int, long, int ret, size_t *processed)
{
    auto *c = reinterpret_cast<Connection *>(BIO_get_callback_arg(bio));
    if ((oper == BIO_CB_READ && c->refuseReads) || (oper == BIO_CB_WRITE && c->refuseWrites)) {
        // A hard failure: not "try again" (the handshake loop would spin on a retry), and
        // not 0, which the library's write loop takes for "0 bytes written, go on".
        BIO_clear_retry_flags(bio);
        return -1;
    }
    if (oper == (BIO_CB_READ | BIO_CB_RETURN) && ret > 0 && processed) {
        c->bytesIn += *processed;
        if (c->bytesIn > c->guard->budget(*c)) {
            c->overBudget = true;
            c->refuseReads = true; // the write side stays open for the error answer
        }
    } else if (oper == BIO_CB_FREE) {
        c->guard->detach(*c);
    }
    return ret;
}

} // namespace

void tlsInfoCallback(const SSL *ssl, int where, int)
{
    Connection *c = t_connection;
    if (!(where & SSL_CB_HANDSHAKE_START) || !c)
        return;
    BIO *bio = SSL_get_rbio(ssl);
    // TLS 1.3 announces later messages (session tickets) too: attach once.
    if (!bio || BIO_get_callback_arg(bio))
        return;
    BIO_set_callback_arg(bio, reinterpret_cast<char *>(c));
    BIO_set_callback_ex(bio, bioCallback);
    c->guard->attach(*c, SSL_get_fd(ssl));
}

} // namespace mailstore::agent::http
