// SPDX-License-Identifier: GPL-3.0-or-later
#include "displayformat.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace mailstore::app::display {

namespace {
// A translation context of its own, so lupdate and the runtime agree on it.
struct DisplayText {
    Q_DECLARE_TR_FUNCTIONS(Display)
};
} // namespace

QString count(qint64 n)
{
    return QLocale().toString(n);
}

QString size(qint64 bytes)
{
    // Decimal units (kB, MB, GB): the numbers and the unit names agree.
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString relativeTime(qint64 unixSecs, const QDateTime &now)
{
    if (unixSecs <= 0)
        return DisplayText::tr("never");
    const QDateTime t = QDateTime::fromSecsSinceEpoch(unixSecs);
    const qint64 ago = t.secsTo(now);
    if (ago < 0 || ago >= 7 * 86400)
        return QLocale().toString(t.date(), u"d MMM yyyy"_s);
    if (ago < 60)
        return DisplayText::tr("just now");
    if (ago < 3600)
        return DisplayText::tr("%n min ago", nullptr, int(ago / 60));
    if (ago < 86400)
        return DisplayText::tr("%n h ago", nullptr, int(ago / 3600));
    return DisplayText::tr("%n d ago", nullptr, int(ago / 86400));
}

QString exactTime(qint64 unixSecs)
{
    if (unixSecs <= 0)
        return DisplayText::tr("never");
    return QDateTime::fromSecsSinceEpoch(unixSecs).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString dateTime(qint64 unixSecs)
{
    if (unixSecs <= 0)
        return {};
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(unixSecs), u"d MMM yyyy HH:mm"_s);
}

} // namespace mailstore::app::display
