#pragma once

#include <QtGlobal>

#include <cstdint>
#include <vector>

namespace whoowns {

// An open-addressing hash table of row numbers. The keys are not stored: they live in the rows
// themselves (a person's org and id), so one entry costs four bytes instead of a QHash node
// holding a freshly concatenated key string. The caller hashes the key and says, for a
// candidate row, whether it is the one sought.
class RowIndex
{
public:
    static constexpr std::uint32_t npos = 0xffffffffu;

    void clear()
    {
        m_slots.clear();
        m_used = 0;
    }
    void reserve(qsizetype rows)
    {
        std::size_t want = 16;
        while (want < static_cast<std::size_t>(rows) * 2)
            want *= 2;
        if (want > m_slots.size())
            rehash(want);
    }

    // The row whose key equals the sought one (same hash and isRow(row) true), or npos.
    template <typename IsRow> std::uint32_t find(std::size_t hash, IsRow isRow) const
    {
        if (m_slots.empty())
            return npos;
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot &s = m_slots[i];
            if (s.row == npos)
                return npos;
            if (s.hash == static_cast<std::uint32_t>(hash) && isRow(s.row))
                return s.row;
        }
    }

    // Adds row under hash unless a row with an equal key is already there; returns the row
    // that holds the key (the earlier one). See replace() for "the last one wins".
    template <typename IsRow> std::uint32_t insert(std::size_t hash, std::uint32_t row, IsRow isRow)
    {
        Slot &s = slotFor(hash, isRow);
        if (s.row == npos)
            occupy(s, hash, row);
        return s.row;
    }

    // Like insert(), but a later row with an equal key takes the slot over.
    template <typename IsRow> void replace(std::size_t hash, std::uint32_t row, IsRow isRow)
    {
        Slot &s = slotFor(hash, isRow);
        if (s.row == npos)
            occupy(s, hash, row);
        else
            s.row = row;
    }

    std::size_t memoryBytes() const { return m_slots.capacity() * sizeof(Slot); }

private:
    struct Slot
    {
        std::uint32_t hash = 0; // low bits of the key's hash: most mismatches end here
        std::uint32_t row = npos;
    };
    // The slot holding the key (isRow tells an equal key), else the empty slot where it goes;
    // grows the table first so that one more entry keeps it at most half full.
    template <typename IsRow> Slot &slotFor(std::size_t hash, IsRow isRow)
    {
        if ((m_used + 1) * 2 > m_slots.size())
            rehash(m_slots.empty() ? 16 : m_slots.size() * 2);
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            Slot &s = m_slots[i];
            if (s.row == npos || (s.hash == static_cast<std::uint32_t>(hash) && isRow(s.row)))
                return s;
        }
    }
    void occupy(Slot &s, std::size_t hash, std::uint32_t row)
    {
        s = {static_cast<std::uint32_t>(hash), row};
        ++m_used;
    }
    void rehash(std::size_t size)
    {
        std::vector<Slot> old;
        old.swap(m_slots);
        m_slots.assign(size, Slot{});
        const std::size_t mask = size - 1;
        for (const Slot &s : old) {
            if (s.row == npos)
                continue;
            std::size_t i = s.hash & mask;
            while (m_slots[i].row != npos)
                i = (i + 1) & mask;
            m_slots[i] = s;
        }
    }

    std::vector<Slot> m_slots;
    std::size_t m_used = 0;
};

} // namespace whoowns
