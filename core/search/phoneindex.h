#pragma once

#include <QStringView>

#include "search/keyeddoc.h"
#include <cstddef>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace whoowns::search {

// Numbers people type to find someone: internal extensions and direct lines. A line is kept
// twice: as dialled internationally (country code first) and nationally (without the country
// code, so "0305557..." and "30 5557" both find "+49 30 5557 4417"). Keys are up to 16 digits
// packed into one integer, a nibble per digit, so that sorted keys are in text order and a
// prefix is a contiguous range.
class PhoneIndex
{
public:
    void addExtension(QStringView text, std::uint32_t doc);
    void addPhone(QStringView text, std::uint32_t doc);
    // For someone with no extension of their own: the end of their line is how colleagues
    // dial them (a direct line's last digits are usually the extension behind it).
    void addLineEnd(QStringView text, std::uint32_t doc);
    void finish();

    enum class Dialled { Unknown, International, National };
    // Extensions equal to digits (complete = true) or starting with them.
    // At most limit numbers are visited (a one-digit prefix matches a tenth of everyone).
    void forEachExtension(const std::string &digits,
                          const std::function<void(std::uint32_t doc, bool complete)> &visit,
                          std::size_t limit = SIZE_MAX) const;
    // Lines whose digits start with digits in the given form(s).
    void forEachPhone(const std::string &digits, Dialled dialled,
                      const std::function<void(std::uint32_t doc, bool complete)> &visit,
                      std::size_t limit = SIZE_MAX) const;

    std::size_t memoryBytes() const
    {
        return (m_ext.size() + m_phones.size() + m_lineEnds.size()) * sizeof(Entry);
    }

    // Lines added with addLineEnd whose digits end with digits (at least kLineEndMinDigits).
    void forEachLineEnd(const std::string &digits,
                        const std::function<void(std::uint32_t doc)> &visit,
                        std::size_t limit = SIZE_MAX) const;
    // Fewer digits than this end a line by chance too often (one line in a thousand).
    static constexpr std::size_t kLineEndMinDigits = 4;

    static std::string digitsOf(QStringView text);

private:
    using Entry = KeyedDoc;
    static bool encode(const std::string &digits, std::uint64_t *key);
    static void range(const std::vector<Entry> &list, const std::string &digits,
                      const std::function<void(std::uint32_t, bool)> &visit, std::size_t limit);
    std::vector<Entry> m_ext;
    std::vector<Entry> m_phones;   // international and national forms
    std::vector<Entry> m_lineEnds; // the line's last digits, last digit first
};

} // namespace whoowns::search
