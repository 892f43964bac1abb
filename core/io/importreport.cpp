#include "io/importreport.h"

namespace whoowns {

QString ImportMessage::format() const
{
    const QString where = line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file;
    QString prefix;
    if (severity == Severity::Warning)
        prefix = QStringLiteral("warning: ");
    return QStringLiteral("%1: %2%3").arg(where, prefix, text);
}

bool ImportReport::hasErrors() const
{
    for (const auto &m : messages)
        if (m.severity == ImportMessage::Severity::Error)
            return true;
    return false;
}

qsizetype ImportReport::warningCount() const
{
    qsizetype n = 0;
    for (const auto &m : messages)
        n += m.severity == ImportMessage::Severity::Warning;
    return n;
}

void ImportReport::error(qint64 line, const QString &text)
{
    messages.append({ImportMessage::Severity::Error, file, line, text});
}

void ImportReport::warning(qint64 line, const QString &text)
{
    messages.append({ImportMessage::Severity::Warning, file, line, text});
}

void ImportReport::info(const QString &text)
{
    messages.append({ImportMessage::Severity::Info, file, 0, text});
}

QString ImportReport::summary() const
{
    return QStringLiteral("%1: %2 added, %3 updated, %4 unchanged, %5 left, %6 warnings")
        .arg(what)
        .arg(added.size())
        .arg(changed.size())
        .arg(unchanged)
        .arg(left.size())
        .arg(warningCount());
}

} // namespace whoowns
