#pragma once

#include <QString>
#include <QStringView>

namespace whoowns {

// Packs many short strings into large shared blocks. Each QString made here points into a
// block and holds a reference on it (QString's own reference-counted storage, the way Qt lets
// several strings share one allocation), so a block lives as long as any of its strings and
// strings stay ordinary QStrings: copied, compared, modified (a modification copies first,
// as for any shared QString). What it saves is the per-string allocation: a header and the
// allocator's rounding, some 30 bytes per string — 100 MB for a million people's ids, names
// and e-mail addresses.
class StringArena
{
public:
    StringArena() = default;
    ~StringArena() { release(); }
    StringArena(const StringArena &) = delete;
    StringArena &operator=(const StringArena &) = delete;

    QString make(QStringView text)
    {
        if (text.isEmpty())
            return text.isNull() ? QString() : QString(QLatin1String(""));
        const qsizetype need = text.size() + 1; // keeps the terminating NUL QString relies on
        if (need > kBlockChars / 8)
            return text.toString(); // long text: an arena block would mostly hold it alone
        if (!m_block || m_used + need > kBlockChars)
            newBlock();
        char16_t *at = m_data + m_used;
        std::copy(text.utf16(), text.utf16() + text.size(), at);
        at[text.size()] = 0;
        m_used += need;
        m_block->ref();
        return QString(QString::DataPointer(m_block, at, text.size()));
    }

private:
    using Block = QTypedArrayData<char16_t>;
    static constexpr qsizetype kBlockChars = 16 * 1024;

    void newBlock()
    {
        release();
        auto [block, data] = Block::allocate(kBlockChars);
        Q_CHECK_PTR(block);
        m_block = block;
        m_data = data;
        m_used = 0;
    }
    void release()
    {
        if (m_block && !m_block->deref())
            Block::deallocate(m_block);
        m_block = nullptr;
    }

    Block *m_block = nullptr;
    char16_t *m_data = nullptr;
    qsizetype m_used = 0;
};

} // namespace whoowns
