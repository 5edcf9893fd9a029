// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Sha256: incremental SHA-256 over OpenSSL's EVP interface (which picks the CPU's SHA
// extensions when present). Used for every checksum of the backup format.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

struct evp_md_ctx_st;

namespace mailstore::core::archive {

class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void update(const void *data, std::size_t size);
    void update(std::string_view data) { update(data.data(), data.size()); }
    // Lower-case hex of the digest; the object is reset and can be reused.
    std::string finishHex();

    static std::string hex(std::string_view data);

private:
    evp_md_ctx_st *m_ctx;
};

// True for exactly 64 lower-case hex digits.
bool isSha256Hex(std::string_view text);

} // namespace mailstore::core::archive
