// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QStringView>

namespace Gazette {

// UTF-8 text written to a device through a buffer of a fixed size, so that an export of any
// length holds one buffer in memory, never the whole file. A failed device write is
// remembered and reported by finish().
class TextStreamOut
{
public:
    explicit TextStreamOut(QIODevice *device);
    ~TextStreamOut();
    TextStreamOut(const TextStreamOut &) = delete;
    TextStreamOut &operator=(const TextStreamOut &) = delete;

    TextStreamOut &operator<<(QStringView text);
    TextStreamOut &operator<<(const QString &text) { return *this << QStringView(text); }
    TextStreamOut &operator<<(QLatin1StringView text);
    TextStreamOut &operator<<(const char *text) { return *this << QLatin1StringView(text); }
    TextStreamOut &operator<<(char c);
    TextStreamOut &operator<<(qint64 number);
    TextStreamOut &operator<<(int number) { return *this << qint64(number); }
    void appendUtf8(const QByteArray &bytes);

    // Writes what is buffered; false when any write failed.
    bool finish();

private:
    void flushWhenFull();

    QIODevice *m_device;
    QByteArray m_buffer;
    bool m_failed = false;
};

// JSON written as it goes: objects and arrays opened and closed in order, strings escaped as
// RFC 8259 asks. Containers down to prettyDepth put each member on a line of its own (indented
// by one space per level); deeper ones are written on one line, so an annotation is a line.
class JsonStreamWriter
{
public:
    JsonStreamWriter(TextStreamOut &out, int prettyDepth);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QLatin1StringView name);   // the next value's name in an object

    void value(QStringView text);
    void value(const QString &text) { value(QStringView(text)); }
    void value(QLatin1StringView text);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(double number);
    void value(bool flag);

    // key(name) followed by value(v).
    template<typename T>
    void field(QLatin1StringView name, const T &v)
    {
        key(name);
        value(v);
    }

    static void writeString(TextStreamOut &out, QStringView text);

private:
    void beforeValue();
    void newline(int depth);

    struct Level
    {
        bool array = false;
        bool empty = true;
    };
    TextStreamOut &m_out;
    int m_prettyDepth;
    QList<Level> m_levels;
    bool m_afterKey = false;
};

} // namespace Gazette
