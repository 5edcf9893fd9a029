// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LineFramer: splits a byte stream into newline-terminated frames with a size cap.
// A line longer than the cap is dropped as it streams in (memory stays bounded) and
// reported once as an oversize frame, so the peer gets an error and the session goes on.

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace mailstore::api {

struct Frame {
    QByteArray data;       // without the newline (and without a trailing '\r')
    bool oversize = false; // data is empty: the line exceeded the cap and was dropped
};

class LineFramer {
public:
    explicit LineFramer(qsizetype maxFrameBytes);

    void feed(QByteArrayView bytes);
    // Next complete frame, if any. Empty lines are skipped.
    std::optional<Frame> next();
    // Bytes held for an incomplete line (bounded by the cap).
    qsizetype pendingBytes() const { return m_buffer.size() - m_scanFrom; }

private:
    qsizetype m_max;
    QByteArray m_buffer;
    qsizetype m_scanFrom = 0;  // start of the unconsumed part of m_buffer
    bool m_discarding = false; // inside an oversize line: drop until newline
};

} // namespace mailstore::api
