// SPDX-License-Identifier: GPL-3.0-or-later
// HashPipeline against one-shot SHA-256: thousands of small streams packed into shared
// batches, empty streams, streams larger than a batch (carried over several), bytes
// given by copy (feed) and read in place (space/commit), and a producer that stops
// mid-stream. ZstdSource against zstd: many blocks, two frames, each error text.
#include "core/archive/hashpipeline.h"
#include "core/archive/sha256.h"
#include "core/archive/zstdsource.h"

#include <archive.h>
#include <archive_entry.h>
#include <zstd.h>

#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <fcntl.h>
#include <random>
#include <unistd.h>

using namespace mailstore::core::archive;

namespace {
std::string bytes(std::mt19937_64 &rng, std::size_t n)
{
    std::string s(n, '\0');
    for (auto &c : s)
        c = static_cast<char>(rng() % 7 == 0 ? rng() : 'a' + rng() % 26); // compressible, not trivial
    return s;
}
} // namespace

class TestHashPipeline : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void matchesOneShot();
    void stopMidStream();
    void zstdSourceFeedsTar();
    void zstdSourceErrors();
};

void TestHashPipeline::matchesOneShot()
{
    std::mt19937_64 rng(5);
    std::vector<std::string> streams;
    for (int i = 0; i < 3000; ++i)
        streams.push_back(bytes(rng, i % 500 == 0 ? 0 : rng() % 9000));
    for (std::size_t big : {std::size_t(1) << 20, (std::size_t(3) << 20) + 17, std::size_t(65536)})
        streams.insert(streams.begin() + std::ptrdiff_t(rng() % streams.size()), bytes(rng, big));
    HashPipeline p(3); // few batches: the producer waits for the hasher too
    for (std::size_t k = 0; k < streams.size(); ++k) {
        p.begin(k * 7 + 1);
        const std::string &s = streams[k];
        std::size_t done = 0;
        while (done < s.size()) {
            if (k % 2) { // in place, in uneven pieces
                const auto room = p.space();
                QVERIFY(room.size() >= 64 * 1024);
                const std::size_t n = std::min({room.size(), s.size() - done, std::size_t(1 + rng() % 200000)});
                std::memcpy(room.data(), s.data() + done, n);
                p.commit(n);
                done += n;
            } else {
                const std::size_t n = std::min(s.size() - done, std::size_t(1 + rng() % 300000));
                p.feed(s.data() + done, n);
                done += n;
            }
        }
        p.end();
    }
    const auto digests = p.finish();
    QCOMPARE(digests.size(), streams.size());
    for (std::size_t k = 0; k < streams.size(); ++k)
        QCOMPARE(digests.at(k * 7 + 1), Sha256::hex(streams[k]));
}

void TestHashPipeline::stopMidStream()
{
    HashPipeline p;
    p.begin(1);
    p.feed("abc", 3);
    p.end();
    p.begin(2);
    p.feed("de", 2); // the producer gives up here: finish() still returns
    const auto digests = p.finish();
    QCOMPARE(digests.at(1), Sha256::hex("abc"));
}

namespace {
// A tar of `members` (name -> bytes), compressed as one or two zstd frames.
std::string zstdTar(const std::vector<std::pair<std::string, std::string>> &members, bool twoFrames)
{
    std::string tar;
    struct archive *a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    archive_write_open(a, &tar, nullptr,
                       [](struct archive *, void *out, const void *d, size_t n) -> la_ssize_t {
                           static_cast<std::string *>(out)->append(static_cast<const char *>(d), n);
                           return la_ssize_t(n);
                       },
                       nullptr);
    for (const auto &[name, data] : members) {
        struct archive_entry *e = archive_entry_new();
        archive_entry_set_pathname(e, name.c_str());
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0600);
        archive_entry_set_size(e, la_int64_t(data.size()));
        archive_write_header(a, e);
        archive_write_data(a, data.data(), data.size());
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
    const std::size_t half = twoFrames ? tar.size() / 2 : tar.size();
    std::string out;
    for (const auto &[from, n] : {std::pair{std::size_t(0), half}, std::pair{half, tar.size() - half}}) {
        if (n == 0)
            continue;
        std::string frame(ZSTD_compressBound(n), '\0');
        frame.resize(ZSTD_compress(frame.data(), frame.size(), tar.data() + from, n, 3));
        out += frame;
    }
    return out;
}

// Reads every member through ZstdSource; name -> bytes, or the stream's error text.
std::pair<std::vector<std::pair<std::string, std::string>>, std::string> readBack(const std::string &file)
{
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    std::vector<std::pair<std::string, std::string>> got;
    std::string error;
    {
        ZstdSource source(fd);
        struct archive *a = archive_read_new();
        archive_read_support_format_tar(a);
        if (source.open(a) != ARCHIVE_OK)
            error = archive_error_string(a);
        for (struct archive_entry *e = nullptr; error.empty();) {
            const int r = archive_read_next_header(a, &e);
            if (r == ARCHIVE_EOF)
                break;
            if (r < ARCHIVE_WARN) {
                error = archive_error_string(a);
                break;
            }
            std::string data(std::size_t(archive_entry_size(e)), '\0');
            if (archive_read_data(a, data.data(), data.size()) != la_ssize_t(data.size()))
                error = archive_error_string(a);
            got.emplace_back(archive_entry_pathname(e), std::move(data));
        }
        archive_read_free(a);
    }
    ::close(fd);
    return {got, error};
}

bool writeFile(const std::string &path, const std::string &data)
{
    FILE *f = std::fopen(path.c_str(), "wb");
    const bool ok = f && std::fwrite(data.data(), 1, data.size(), f) == data.size();
    return f && std::fclose(f) == 0 && ok;
}
} // namespace

void TestHashPipeline::zstdSourceFeedsTar()
{
    QTemporaryDir tmp;
    std::mt19937_64 rng(9);
    std::vector<std::pair<std::string, std::string>> members;
    for (int i = 0; i < 400; ++i) // about 20 MiB: many blocks, the inflater waits for the reader
        members.emplace_back("m/" + std::to_string(i + 1), bytes(rng, i % 40 == 0 ? 2'000'000 : rng() % 20000));
    for (bool two : {false, true}) {
        const std::string path = tmp.filePath(QStringLiteral("a.tar.zst")).toStdString();
        QVERIFY(writeFile(path, zstdTar(members, two)));
        const auto [got, error] = readBack(path);
        QCOMPARE(error, std::string());
        QVERIFY(got == members);
    }
}

void TestHashPipeline::zstdSourceErrors()
{
    QTemporaryDir tmp;
    std::mt19937_64 rng(3);
    const std::string good = zstdTar({{"m/1", bytes(rng, 3'000'000)}}, false);
    const std::string path = tmp.filePath(QStringLiteral("b.tar.zst")).toStdString();
    const struct {
        std::string data;
        const char *text;
    } cases[] = {
        {good.substr(0, good.size() / 2), "Truncated zstd stream"},
        {good.substr(0, 20), "Truncated zstd stream"},
        {std::string(), "empty file: not a zstd stream"},
        {"plain text\n", "Zstd decompression failed"},
        {"\x28\xb5\x2f\xfd\xff" + good.substr(5), "Zstd decompression failed"},
    };
    for (const auto &c : cases) {
        QVERIFY(writeFile(path, c.data));
        const auto [got, error] = readBack(path);
        QVERIFY2(error.find(c.text) != std::string::npos, error.c_str());
    }
}

QTEST_GUILESS_MAIN(TestHashPipeline)
#include "tst_hashpipeline.moc"
