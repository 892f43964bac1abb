#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

#include <cstdint>

namespace whoowns {

// An immutable string in one pointer: the type of a Person's fields.
//
// Why: a million people with eighteen QString fields each cost 432 MB in QString objects alone
// (24 bytes each, most of them empty or shared). A Text is 8 bytes, empty is a null pointer,
// and its characters live in storage that QString itself can share, so reading a field as a
// QString copies no characters: the QString takes a reference on the same storage.
//
// The storage of a Text is a record (a 32-bit length, the UTF-16 characters, a NUL) inside a
// block that starts with Qt's QArrayData header, the same header a QString's own storage has.
// A block is either one record of its own (a Text made from a QString) or a 64 KiB slab of
// many records made by a TextArena (see below), aligned to its size so that a record finds its
// block by masking its address. Every Text and every QString made from it holds a reference
// on the block; the last one frees it, whichever kind of object that is.
class Text
{
public:
    Text() noexcept = default;
    Text(const QString &text) : Text(QStringView(text)) {}
    explicit Text(QStringView text);
    Text(const Text &other) noexcept : m_record(other.m_record) { ref(); }
    Text(Text &&other) noexcept : m_record(other.m_record) { other.m_record = 0; }
    Text &operator=(const Text &other) noexcept
    {
        Text copy(other);
        swap(copy);
        return *this;
    }
    Text &operator=(Text &&other) noexcept
    {
        Text moved(std::move(other));
        swap(moved);
        return *this;
    }
    Text &operator=(const QString &text) { return *this = Text(text); }
    ~Text() { deref(); }

    void swap(Text &other) noexcept { std::swap(m_record, other.m_record); }
    void clear() noexcept { Text().swap(*this); }

    bool isEmpty() const noexcept { return m_record == 0; }
    qsizetype size() const noexcept { return m_record ? *record() : 0; }
    // Valid while this Text (or a copy of it) lives.
    QStringView view() const noexcept { return QStringView(chars(), size()); }
    // Shares the characters; a null QString when empty.
    QString toString() const;
    operator QString() const { return toString(); }
    std::string toStdString() const { return view().toString().toStdString(); }

    friend bool operator==(const Text &a, const Text &b) noexcept
    {
        return a.m_record == b.m_record || a.view() == b.view();
    }
    friend bool operator!=(const Text &a, const Text &b) noexcept { return !(a == b); }
    friend bool operator==(const Text &a, const QString &b) noexcept { return a.view() == b; }
    friend bool operator!=(const Text &a, const QString &b) noexcept { return a.view() != b; }
    friend bool operator==(const QString &a, const Text &b) noexcept { return a == b.view(); }
    friend bool operator!=(const QString &a, const Text &b) noexcept { return a != b.view(); }
    friend bool operator==(const Text &a, QLatin1String b) noexcept { return a.view() == b; }
    friend bool operator!=(const Text &a, QLatin1String b) noexcept { return a.view() != b; }
    friend bool operator<(const Text &a, const Text &b) noexcept
    {
        return a.view().compare(b.view()) < 0;
    }
    friend size_t qHash(const Text &text, size_t seed = 0) noexcept
    {
        return qHash(text.view(), seed);
    }

private:
    friend class TextArena;
    // Low bit of m_record: the record has a block of its own (its header directly before it).
    static constexpr std::uintptr_t kOwnBlock = 1;

    const std::uint32_t *record() const noexcept
    {
        return reinterpret_cast<const std::uint32_t *>(m_record & ~std::uintptr_t(3));
    }
    const char16_t *chars() const noexcept
    {
        return m_record ? reinterpret_cast<const char16_t *>(record() + 1) : u"";
    }
    QArrayData *block() const noexcept;
    void ref() const noexcept;
    void deref() noexcept;

    std::uintptr_t m_record = 0;
};

// Makes Texts packed into shared 64 KiB blocks: no allocation per string, and no allocator
// header and rounding per string (some 30 bytes each, a hundred megabytes for a million
// people's ids, names and e-mail addresses). Long texts get a block of their own.
class TextArena
{
public:
    TextArena() = default;
    ~TextArena();
    TextArena(const TextArena &) = delete;
    TextArena &operator=(const TextArena &) = delete;

    Text make(QStringView text);

    static constexpr std::size_t kBlockBytes = 64 * 1024;

private:
    void newBlock();

    QArrayData *m_block = nullptr;
    std::size_t m_used = 0; // bytes of the current block in use, header included
};

// Makes equal texts share one record: a million people in a dozen departments need a dozen
// department strings. Only needed while loading; the texts outlive it.
class TextPool
{
public:
    explicit TextPool(TextArena &arena) : m_arena(arena) {}
    Text intern(QStringView text);

private:
    TextArena &m_arena;
    QHash<QStringView, Text> m_texts; // keys view the values' own characters
};

} // namespace whoowns
