#pragma once

// Small helpers shared by the fuzz targets: turning the fuzzer's bytes into the inputs the
// parsers see, and one-time set-up that must not be repeated for every input.

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// A property of the code under test. On failure it names the property and its line before
// aborting, so that a crash found by CI says what broke without a debugger.
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: property failed: %s\n", __FILE__, __LINE__, #condition);  \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace whoowns::fuzz {

// The bytes as a QByteArray that does not copy them (they live for the call).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Some Qt facilities (resources, codecs, time zones) expect an application object.
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "whoowns-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app =
        QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

// Splits the first byte off as a selector for options; the rest is the input proper.
struct Selected
{
    uint8_t selector = 0;
    QByteArray input;
};

inline Selected select(const uint8_t *data, size_t size)
{
    if (size == 0)
        return {};
    return {data[0], bytes(data + 1, size - 1)};
}

} // namespace whoowns::fuzz
