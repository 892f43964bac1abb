#include "search/phoneindex.h"

#include <QString>

#include <algorithm>

namespace whoowns::search {

std::string PhoneIndex::digitsOf(QStringView text)
{
    std::string out;
    for (QChar c : text)
        if (c.isDigit())
            out.push_back(static_cast<char>('0' + c.digitValue()));
    return out;
}

bool PhoneIndex::encode(const std::string &digits, std::uint64_t *key)
{
    if (digits.empty() || digits.size() > 16)
        return false;
    std::uint64_t k = 0;
    for (size_t i = 0; i < 16; ++i) {
        const std::uint64_t nibble =
            i < digits.size() ? static_cast<std::uint64_t>(digits[i] - '0') + 1 : 0;
        k = k << 4 | nibble;
    }
    *key = k;
    return true;
}

void PhoneIndex::addExtension(QStringView text, std::uint32_t doc)
{
    std::uint64_t key;
    const std::string d = digitsOf(text);
    if (encode(d, &key))
        m_ext.push_back({key, doc});
}

void PhoneIndex::addPhone(QStringView text, std::uint32_t doc)
{
    const QStringView t = text.trimmed();
    const std::string all = digitsOf(t);
    if (all.size() < 4)
        return;
    std::uint64_t key;
    std::string national = all;
    if (t.startsWith(QLatin1Char('+')) || t.startsWith(QLatin1String("00"))) {
        if (encode(all.substr(t.startsWith(QLatin1Char('+')) ? 0 : 2), &key))
            m_phones.push_back({key, doc});
        // The country code is the first group of digits as written ("+49 30 ...").
        qsizetype i = t.startsWith(QLatin1Char('+')) ? 1 : 2;
        int cc = 0;
        while (i < t.size() && t[i].isDigit()) {
            ++i;
            ++cc;
        }
        if (cc >= 1 && cc <= 3)
            national =
                all.substr(static_cast<size_t>(cc) + (t.startsWith(QLatin1Char('+')) ? 0 : 2));
    } else if (!national.empty() && national.front() == '0') {
        national.erase(0, 1); // trunk prefix
    }
    if (encode(national, &key))
        m_phones.push_back({key, doc});
}

void PhoneIndex::addLineEnd(QStringView text, std::uint32_t doc)
{
    std::string d = digitsOf(text);
    if (d.size() <= kLineEndMinDigits)
        return; // the whole number is not the end of a line
    std::reverse(d.begin(), d.end());
    std::uint64_t key;
    if (encode(d.substr(0, 16), &key))
        m_lineEnds.push_back({key, doc});
}

void PhoneIndex::finish()
{
    for (std::vector<Entry> *list : {&m_ext, &m_phones, &m_lineEnds}) {
        std::sort(list->begin(), list->end());
        list->shrink_to_fit();
    }
}

void PhoneIndex::range(const std::vector<Entry> &list, const std::string &digits,
                       const std::function<void(std::uint32_t, bool)> &visit, std::size_t limit)
{
    std::uint64_t low;
    if (!encode(digits, &low))
        return;
    const std::uint64_t high =
        low | ((digits.size() >= 16) ? 0 : ((std::uint64_t(1) << (4 * (16 - digits.size()))) - 1));
    auto it = std::lower_bound(list.begin(), list.end(), low,
                               [](const Entry &e, std::uint64_t k) { return e.key < k; });
    for (; it != list.end() && it->key <= high && limit > 0; ++it, --limit)
        visit(it->doc, it->key == low);
}

void PhoneIndex::forEachExtension(const std::string &digits,
                                  const std::function<void(std::uint32_t, bool)> &visit,
                                  std::size_t limit) const
{
    range(m_ext, digits, visit, limit);
}

void PhoneIndex::forEachPhone(const std::string &digits, Dialled dialled,
                              const std::function<void(std::uint32_t, bool)> &visit,
                              std::size_t limit) const
{
    std::string d = digits;
    if (dialled == Dialled::National && !d.empty() && d.front() == '0')
        d.erase(0, 1);
    range(m_phones, d, visit, limit);
}

void PhoneIndex::forEachLineEnd(const std::string &digits,
                                const std::function<void(std::uint32_t)> &visit,
                                std::size_t limit) const
{
    if (digits.size() < kLineEndMinDigits)
        return;
    const std::string reversed(digits.rbegin(), digits.rend());
    range(
        m_lineEnds, reversed, [&](std::uint32_t doc, bool) { visit(doc); }, limit);
}

} // namespace whoowns::search
