// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineframer.h"

namespace mailstore::api {

LineFramer::LineFramer(qsizetype maxFrameBytes)
    : m_max(maxFrameBytes)
{
}

void LineFramer::feed(QByteArrayView bytes)
{
    m_buffer.append(bytes);
}

std::optional<Frame> LineFramer::next()
{
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', m_scanFrom);
        if (nl < 0) {
            // No complete line: compact, and once the partial line passes the cap, stop
            // keeping it and report it as oversize exactly once.
            m_buffer.remove(0, m_scanFrom);
            m_scanFrom = 0;
            if (m_discarding) {
                m_buffer.clear();
                return std::nullopt;
            }
            if (m_buffer.size() > m_max) {
                m_buffer.clear();
                m_discarding = true;
                return Frame{{}, true};
            }
            return std::nullopt;
        }
        const qsizetype start = m_scanFrom;
        m_scanFrom = nl + 1;
        if (m_discarding) {
            m_discarding = false; // the tail of an oversize line ends here
            continue;
        }
        qsizetype len = nl - start;
        if (len > 0 && m_buffer.at(start + len - 1) == '\r')
            --len;
        if (len > m_max)
            return Frame{{}, true};
        if (len == 0)
            continue;
        Frame f{m_buffer.mid(start, len), false};
        if (m_scanFrom > 64 * 1024) {
            m_buffer.remove(0, m_scanFrom);
            m_scanFrom = 0;
        }
        return f;
    }
}

} // namespace mailstore::api
