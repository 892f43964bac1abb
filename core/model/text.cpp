#include "model/text.h"

#include <cstdlib>
#include <cstring>
#include <new>

namespace whoowns {

namespace {

// A record: the length, the characters and a NUL (QString's data is NUL-terminated), padded
// so that the next record's length stays aligned.
std::size_t recordBytes(qsizetype chars)
{
    const std::size_t bytes = sizeof(std::uint32_t) + sizeof(char16_t) * (std::size_t(chars) + 1);
    return (bytes + 3) & ~std::size_t(3);
}

// Blocks are freed by whichever holder lets go last: a Text (below) or a QString that shared
// its characters (through QArrayData::deallocate, which is free()). So they are allocated with
// malloc or aligned_alloc and start with a QArrayData header whose capacity matches the bytes.
QArrayData *newBlock(std::size_t bytes, std::size_t alignment)
{
    void *memory = alignment ? std::aligned_alloc(alignment, bytes) : std::malloc(bytes);
    if (!memory)
        throw std::bad_alloc();
    auto *header = static_cast<QArrayData *>(memory);
    header->ref_.storeRelaxed(1);
    header->flags = {};
    header->alloc = qsizetype((bytes - sizeof(QArrayData)) / sizeof(char16_t));
    return header;
}

std::uint32_t *writeRecord(void *at, QStringView text)
{
    auto *record = static_cast<std::uint32_t *>(at);
    *record = std::uint32_t(text.size());
    auto *chars = reinterpret_cast<char16_t *>(record + 1);
    std::memcpy(chars, text.utf16(), sizeof(char16_t) * std::size_t(text.size()));
    chars[text.size()] = 0;
    return record;
}

void release(QArrayData *block) noexcept
{
    if (block && !block->deref())
        QArrayData::deallocate(block, sizeof(char16_t), alignof(QArrayData));
}

} // namespace

Text::Text(QStringView text)
{
    if (text.isEmpty())
        return;
    Q_ASSERT(text.size() <= qsizetype(UINT32_MAX));
    QArrayData *block = newBlock(sizeof(QArrayData) + recordBytes(text.size()), 0);
    m_record = reinterpret_cast<std::uintptr_t>(
                   writeRecord(reinterpret_cast<char *>(block) + sizeof(QArrayData), text)) |
               kOwnBlock;
}

QArrayData *Text::block() const noexcept
{
    const std::uintptr_t record = m_record & ~std::uintptr_t(3);
    if (m_record & kOwnBlock)
        return reinterpret_cast<QArrayData *>(record - sizeof(QArrayData));
    return reinterpret_cast<QArrayData *>(record & ~std::uintptr_t(TextArena::kBlockBytes - 1));
}

void Text::ref() const noexcept
{
    if (m_record)
        block()->ref();
}

void Text::deref() noexcept
{
    if (m_record)
        release(block());
    m_record = 0;
}

QString Text::toString() const
{
    if (!m_record)
        return QString();
    QArrayData *b = block();
    b->ref();
    // QString's storage is (header, first character, length): the same storage, shared.
    return QString(QString::DataPointer(static_cast<QTypedArrayData<char16_t> *>(b),
                                        const_cast<char16_t *>(chars()), size()));
}

TextArena::~TextArena()
{
    release(m_block);
}

void TextArena::newBlock()
{
    release(m_block);
    m_block = whoowns::newBlock(kBlockBytes, kBlockBytes);
    m_used = sizeof(QArrayData);
}

Text TextArena::make(QStringView text)
{
    if (text.isEmpty())
        return Text();
    const std::size_t bytes = recordBytes(text.size());
    if (bytes > kBlockBytes / 8)
        return Text(text); // a long text would mostly fill a block alone
    if (!m_block || m_used + bytes > kBlockBytes)
        newBlock();
    std::uint32_t *record = writeRecord(reinterpret_cast<char *>(m_block) + m_used, text);
    m_used += bytes;
    m_block->ref();
    Text made;
    made.m_record = reinterpret_cast<std::uintptr_t>(record);
    return made;
}

Text TextPool::intern(QStringView text)
{
    if (text.isEmpty())
        return Text();
    const auto it = m_texts.constFind(text);
    if (it != m_texts.cend())
        return *it;
    Text made = m_arena.make(text);
    m_texts.insert(made.view(), made);
    return made;
}

} // namespace whoowns
