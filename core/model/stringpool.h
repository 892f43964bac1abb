#pragma once

#include <QSet>
#include <QString>

namespace whoowns {

// Makes equal strings share one buffer. QString is implicitly shared, so a million people in
// a dozen departments need a dozen department strings, not a million copies; the pool is only
// needed while loading and can be dropped afterwards.
class StringPool
{
public:
    QString intern(const QString &s)
    {
        if (s.isEmpty())
            return s;
        const auto it = m_strings.constFind(s);
        if (it != m_strings.cend())
            return *it;
        m_strings.insert(s);
        return s;
    }
    qsizetype size() const { return m_strings.size(); }

private:
    QSet<QString> m_strings;
};

} // namespace whoowns
