#pragma once

#include <QByteArray>
#include <QIODevice>

namespace whoowns {

// QIODevice::read(n) allocates all n bytes before reading. Readers ask for large chunks so
// that big files stream quickly; for a file or buffer of known size this asks only for what
// is left, so a small file does not cost a megabyte-sized allocation per read.
inline QByteArray readBounded(QIODevice *device, qint64 maxBytes)
{
    if (!device->isSequential())
        maxBytes = qBound<qint64>(1, device->size() - device->pos(), maxBytes);
    return device->read(maxBytes);
}

} // namespace whoowns
