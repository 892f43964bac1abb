#pragma once

#include <QByteArray>
#include <QIODevice>

namespace whoowns::test::hardening {

// A read-only stream of `size` bytes: a prefix, then a pattern repeated, made up as it is read.
// Stands in for a file of many gigabytes without writing one to disk.
class GeneratorDevice : public QIODevice
{
public:
    GeneratorDevice(QByteArray prefix, QByteArray pattern, qint64 size)
        : m_prefix(std::move(prefix)), m_pattern(std::move(pattern)), m_size(size)
    {
    }
    bool isSequential() const override { return true; }
    qint64 size() const override { return m_size; }
    bool atEnd() const override { return m_produced >= m_size; }
    qint64 bytesAvailable() const override
    {
        return (m_size - m_produced) + QIODevice::bytesAvailable();
    }
    // How many bytes the reader has asked for so far.
    qint64 produced() const { return m_produced; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 n = 0;
        while (n < maxSize && m_produced < m_size) {
            const qint64 pos = m_produced;
            data[n++] = pos < m_prefix.size()
                            ? m_prefix.at(pos)
                            : m_pattern.at((pos - m_prefix.size()) % m_pattern.size());
            ++m_produced;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_prefix;
    QByteArray m_pattern;
    qint64 m_size;
    qint64 m_produced = 0;
};

// The peak resident memory of this process since the last reset, in MiB (Linux; -1 elsewhere).
qint64 peakMemoryMiB();
// Restarts the peak measurement from the current resident memory (Linux).
void resetPeakMemory();

} // namespace whoowns::test::hardening
