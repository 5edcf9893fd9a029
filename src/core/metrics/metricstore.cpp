// SPDX-License-Identifier: GPL-3.0-or-later
// MetricStore on SQLite: schema set-up and versioning, appends (raw row + rollup upsert in
// one transaction), bucketed queries that read rollups for the whole 5-minute slots of a
// long range and raw rows for its ragged edges, and pruning.
#include "metricstore.h"

#include <sqlite3.h>

#include <cmath>
#include <map>

namespace mailstore::core::metrics {

namespace {

ErrorCode codeFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return ErrorCode::Corrupted;
    case SQLITE_FULL: return ErrorCode::NoSpace;
    case SQLITE_PERM:
    case SQLITE_READONLY:
    case SQLITE_AUTH: return ErrorCode::PermissionDenied;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return ErrorCode::Conflict;
    default: return ErrorCode::Io;
    }
}

std::int64_t floorTo(std::int64_t t, std::int64_t step)
{
    const std::int64_t q = t / step;
    return (q * step > t ? q - 1 : q) * step;
}

// One prepared statement; reset on every use so a cached one can be reused.
class Stmt {
public:
    Stmt() = default;
    explicit Stmt(sqlite3_stmt *s) : m_s(s) {}
    Stmt(Stmt &&o) noexcept : m_s(std::exchange(o.m_s, nullptr)) {}
    Stmt &operator=(Stmt &&o) noexcept { return std::swap(m_s, o.m_s), *this; }
    ~Stmt() { sqlite3_finalize(m_s); }
    sqlite3_stmt *get() const { return m_s; }
    sqlite3_stmt *fresh() const
    {
        sqlite3_reset(m_s);
        sqlite3_clear_bindings(m_s);
        return m_s;
    }

private:
    sqlite3_stmt *m_s = nullptr;
};

} // namespace

struct MetricStore::Db {
    sqlite3 *h = nullptr;
    std::string path;
    Stmt insertSeries, selectSeries, insertSample, upsertRollup;

    ~Db()
    {
        // close_v2 defers the real close until the cached statements are finalized.
        sqlite3_close_v2(h);
    }

    std::unexpected<Error> error(int rc, std::string_view what) const
    {
        std::string detail(what);
        detail += ": ";
        detail += h ? sqlite3_errmsg(h) : sqlite3_errstr(rc);
        return fail(codeFor(rc), std::move(detail), path);
    }

    Result<void> exec(const char *sql)
    {
        const int rc = sqlite3_exec(h, sql, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return error(rc, sql);
        return ok();
    }

    Result<Stmt> prepare(const char *sql)
    {
        sqlite3_stmt *s = nullptr;
        const int rc = sqlite3_prepare_v3(h, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr);
        if (rc != SQLITE_OK)
            return error(rc, "prepare");
        return Stmt(s);
    }

    // Runs a statement that returns at most one row with one integer column.
    Result<std::int64_t> scalar(sqlite3_stmt *s, std::string_view what)
    {
        // Reset at once: a statement left on its row keeps a read transaction open,
        // which would block checkpoints and let the WAL grow.
        const int rc = sqlite3_step(s);
        const std::int64_t v = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
        sqlite3_reset(s);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return error(rc, what);
        return v;
    }

    Result<std::string> text(const char *sql)
    {
        auto st = prepare(sql);
        if (!st)
            return std::unexpected(st.error());
        const int rc = sqlite3_step(st->get());
        if (rc == SQLITE_ROW) // PRAGMAs and count(*) never give NULL
            return std::string(reinterpret_cast<const char *>(sqlite3_column_text(st->get(), 0)));
        return error(rc == SQLITE_DONE ? SQLITE_ERROR : rc, sql);
    }
};

namespace {

constexpr const char *kSchema = R"sql(
BEGIN IMMEDIATE;
CREATE TABLE series(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE sample(series INTEGER NOT NULL, t INTEGER NOT NULL, v REAL NOT NULL);
CREATE INDEX sample_by_time ON sample(series, t);
CREATE TABLE rollup(series INTEGER NOT NULL, bucket INTEGER NOT NULL, lo REAL NOT NULL,
                    hi REAL NOT NULL, total REAL NOT NULL, n INTEGER NOT NULL,
                    PRIMARY KEY(series, bucket)) WITHOUT ROWID;
PRAGMA user_version = 1;
COMMIT;
)sql";

struct Acc {
    double lo = 0, hi = 0, sum = 0;
    std::uint64_t n = 0;
    void add(double l, double h, double s, std::uint64_t c)
    {
        lo = n ? std::min(lo, l) : l;
        hi = n ? std::max(hi, h) : h;
        sum += s;
        n += c;
    }
};

} // namespace

MetricStore::MetricStore(std::unique_ptr<Db> db, std::filesystem::path file)
    : m_db(std::move(db)), m_file(std::move(file)) {}
MetricStore::MetricStore(MetricStore &&) noexcept = default;
MetricStore &MetricStore::operator=(MetricStore &&) noexcept = default;
MetricStore::~MetricStore() = default;

Result<MetricStore> MetricStore::open(const std::filesystem::path &file)
{
    auto db = std::make_unique<Db>();
    db->path = file.string();
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
                      | SQLITE_OPEN_NOFOLLOW;
    if (const int rc = sqlite3_open_v2(db->path.c_str(), &db->h, flags, nullptr); rc != SQLITE_OK)
        return db->error(rc, "open metrics store");
    sqlite3_extended_result_codes(db->h, 1);
    sqlite3_busy_timeout(db->h, 5000);

    // Reading the version is the first access to the file: a non-database fails here.
    auto version = db->text("PRAGMA user_version");
    if (!version)
        return std::unexpected(version.error());
    const int v = std::stoi(*version);
    if (v > kSchemaVersion)
        return fail(ErrorCode::Unsupported,
                    "metrics store schema " + *version + " is newer than this program", db->path);
    if (v == 0) {
        auto tables = db->text("SELECT count(*) FROM sqlite_master");
        if (!tables)
            return std::unexpected(tables.error());
        if (*tables != "0") // an unrelated database: not ours to take over
            return fail(ErrorCode::Corrupted, "not a metrics store (no schema version)", db->path);
        // Freed pages must go back to the file system after a prune, so the file stays
        // bounded; auto_vacuum can only be chosen before the first table exists.
        if (auto r = db->exec("PRAGMA auto_vacuum = INCREMENTAL"); !r)
            return std::unexpected(r.error());
    }
    auto mode = db->text("PRAGMA journal_mode = WAL");
    if (!mode)
        return std::unexpected(mode.error());
    if (*mode != "wal")
        return fail(ErrorCode::Unsupported, "WAL journal not available: " + *mode, db->path);
    // FULL: a committed append is on disk even if power fails right after (NORMAL in WAL
    // mode may lose the last transactions).
    if (auto r = db->exec("PRAGMA synchronous = FULL"); !r)
        return std::unexpected(r.error());
    if (v == 0)
        if (auto r = db->exec(kSchema); !r) {
            (void)db->exec("ROLLBACK");
            return std::unexpected(r.error());
        }

    struct {
        Stmt *into;
        const char *sql;
    } const stmts[] = {
        {&db->insertSeries, "INSERT OR IGNORE INTO series(name) VALUES(?1)"},
        {&db->selectSeries, "SELECT id FROM series WHERE name = ?1"},
        {&db->insertSample, "INSERT INTO sample(series, t, v) VALUES(?1, ?2, ?3)"},
        {&db->upsertRollup,
         "INSERT INTO rollup(series, bucket, lo, hi, total, n) VALUES(?1, ?2, ?3, ?3, ?3, 1) "
         "ON CONFLICT(series, bucket) DO UPDATE SET lo = min(lo, excluded.lo), "
         "hi = max(hi, excluded.hi), total = total + excluded.total, n = n + 1"},
    };
    for (const auto &s : stmts) {
        auto st = db->prepare(s.sql);
        if (!st)
            return std::unexpected(st.error());
        *s.into = std::move(*st);
    }
    return MetricStore(std::move(db), file);
}

Result<std::int64_t> MetricStore::seriesId(const std::string &name, bool create)
{
    if (auto it = m_ids.find(name); it != m_ids.end())
        return it->second;
    if (create) {
        sqlite3_stmt *s = m_db->insertSeries.fresh();
        sqlite3_bind_text(s, 1, name.data(), int(name.size()), SQLITE_STATIC);
        if (const int rc = sqlite3_step(s); rc != SQLITE_DONE)
            return m_db->error(rc, "add series " + name);
    }
    sqlite3_stmt *s = m_db->selectSeries.fresh();
    sqlite3_bind_text(s, 1, name.data(), int(name.size()), SQLITE_STATIC);
    return m_db->scalar(s, "look up series " + name);
}

Result<void> MetricStore::appendMany(const std::vector<Row> &rows)
{
    if (auto r = m_db->exec("BEGIN IMMEDIATE"); !r)
        return r;
    std::vector<std::pair<std::string, std::int64_t>> added;
    auto one = [&](std::int64_t unixMs, const std::string &name, double value) -> Result<void> {
        if (name.empty() || !std::isfinite(value)) // SQLite would store NaN as NULL; all roll back
            return fail(ErrorCode::InvalidArgument, name.empty() ? "empty name" : "non-finite " + name, m_db->path);
        const bool known = m_ids.contains(name);
        auto id = seriesId(name, true);
        if (!id)
            return std::unexpected(id.error());
        if (!known)
            added.emplace_back(name, *id);
        sqlite3_stmt *s = m_db->insertSample.fresh();
        sqlite3_bind_int64(s, 1, *id);
        sqlite3_bind_int64(s, 2, unixMs);
        sqlite3_bind_double(s, 3, value);
        if (const int rc = sqlite3_step(s); rc != SQLITE_DONE)
            return m_db->error(rc, "append sample");
        s = m_db->upsertRollup.fresh();
        sqlite3_bind_int64(s, 1, *id);
        sqlite3_bind_int64(s, 2, floorTo(unixMs, kRollupMs));
        sqlite3_bind_double(s, 3, value);
        if (const int rc = sqlite3_step(s); rc != SQLITE_DONE)
            return m_db->error(rc, "update rollup");
        return ok();
    };
    auto body = [&]() -> Result<void> {
        for (const auto &row : rows)
            for (const auto &[name, value] : row.values)
                if (auto r = one(row.t, name, value); !r)
                    return r;
        return m_db->exec("COMMIT");
    };
    if (auto r = body(); !r) {
        (void)m_db->exec("ROLLBACK");
        return r;
    }
    // Ids are cached only once committed: a rolled-back id may be handed out again.
    for (auto &[name, id] : added)
        m_ids.emplace(std::move(name), id);
    return ok();
}

Result<std::vector<MetricStore::Bucket>> MetricStore::query(std::string_view series,
                                                            std::int64_t fromMs,
                                                            std::int64_t toMs,
                                                            std::size_t maxPoints)
{
    if (maxPoints == 0)
        return fail(ErrorCode::InvalidArgument, "maxPoints must be at least 1", m_db->path);
    if (fromMs > toMs)
        return std::vector<Bucket>{};
    auto id = seriesId(std::string(series), false);
    if (!id)
        return std::unexpected(id.error());
    if (*id < 0)
        return std::vector<Bucket>{};

    const auto points = std::int64_t(maxPoints);
    std::int64_t origin = fromMs;
    std::int64_t width = std::max<std::int64_t>(1, (toMs - fromMs) / points + 1);
    const bool rollups = width >= kRollupMs;
    if (rollups) {
        // Buckets aligned to whole rollup slots, so each slot falls into exactly one bucket.
        origin = floorTo(fromMs, kRollupMs);
        width = ((toMs - origin) / points / kRollupMs + 1) * kRollupMs;
    }

    std::map<std::int64_t, Acc> acc;
    auto collect = [&](const char *sql, std::int64_t lo, std::int64_t hiExcl) -> Result<void> {
        if (lo >= hiExcl)
            return ok();
        auto st = m_db->prepare(sql);
        if (!st)
            return std::unexpected(st.error());
        sqlite3_stmt *s = st->get();
        sqlite3_bind_int64(s, 1, *id);
        sqlite3_bind_int64(s, 2, lo);
        sqlite3_bind_int64(s, 3, hiExcl);
        sqlite3_bind_int64(s, 4, origin);
        sqlite3_bind_int64(s, 5, width);
        int rc;
        while ((rc = sqlite3_step(s)) == SQLITE_ROW)
            acc[sqlite3_column_int64(s, 0)].add(
                sqlite3_column_double(s, 1), sqlite3_column_double(s, 2),
                sqlite3_column_double(s, 3), std::uint64_t(sqlite3_column_int64(s, 4)));
        if (rc != SQLITE_DONE)
            return m_db->error(rc, "query");
        return ok();
    };
    static constexpr const char *kRaw =
        "SELECT (t - ?4) / ?5, min(v), max(v), sum(v), count(*) FROM sample "
        "WHERE series = ?1 AND t >= ?2 AND t < ?3 GROUP BY 1";
    static constexpr const char *kRollup =
        "SELECT (bucket - ?4) / ?5, min(lo), max(hi), sum(total), sum(n) FROM rollup "
        "WHERE series = ?1 AND bucket >= ?2 AND bucket < ?3 GROUP BY 1";

    Result<void> r;
    if (!rollups) {
        r = collect(kRaw, fromMs, toMs + 1);
    } else {
        // Whole slots from the rollups; the partial slots at either end from raw rows,
        // so no sample outside [fromMs, toMs] leaks in through a rollup.
        const std::int64_t fullFrom = floorTo(fromMs + kRollupMs - 1, kRollupMs);
        const std::int64_t fullTo = floorTo(toMs + 1, kRollupMs);
        if (fullFrom >= fullTo) {
            r = collect(kRaw, fromMs, toMs + 1);
        } else {
            r = collect(kRaw, fromMs, fullFrom);
            if (r)
                r = collect(kRollup, fullFrom, fullTo);
            if (r)
                r = collect(kRaw, fullTo, toMs + 1);
        }
    }
    if (!r)
        return std::unexpected(r.error());

    std::vector<Bucket> out;
    out.reserve(acc.size());
    for (const auto &[k, a] : acc)
        out.push_back(Bucket{origin + k * width, a.lo, a.hi, a.sum / double(a.n),
                             std::uint32_t(a.n)});
    return out;
}

std::vector<std::string> MetricStore::series()
{
    std::vector<std::string> names;
    auto st = m_db->prepare("SELECT name FROM series ORDER BY name");
    if (!st)
        return names;
    while (sqlite3_step(st->get()) == SQLITE_ROW)
        names.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(st->get(), 0)));
    return names;
}

Result<void> MetricStore::prune(std::int64_t nowMs)
{
    auto run = [&](const char *sql, std::int64_t cutoff) -> Result<void> {
        auto st = m_db->prepare(sql);
        if (!st)
            return std::unexpected(st.error());
        sqlite3_bind_int64(st->get(), 1, cutoff);
        if (const int rc = sqlite3_step(st->get()); rc != SQLITE_DONE)
            return m_db->error(rc, "prune");
        return ok();
    };
    // "series IN (...)" lets SQLite walk the (series, t) index instead of the whole table.
    if (auto r = run("DELETE FROM sample WHERE series IN (SELECT id FROM series) AND t < ?1",
                     nowMs - kRawKeepMs);
        !r)
        return r;
    // A slot goes only when all of it is older than the limit.
    if (auto r = run("DELETE FROM rollup WHERE bucket < ?1", nowMs - kRollupKeepMs - kRollupMs + 1);
        !r)
        return r;
    if (auto r = m_db->exec("PRAGMA incremental_vacuum"); !r)
        return r;
    return m_db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

} // namespace mailstore::core::metrics
