using System.Buffers.Binary;
using Lucene.Net.Store;

namespace Archive.Search.Indexing;

/// <summary>
/// Reads a range of a <see cref="MappedFile"/> through a pointer, big-endian as Lucene writes. A clone is the base
/// class's plain copy: the same file and range, its own position, no registry of clones. Every read is bounds-checked against the range; after <see cref="Dispose"/>
/// the range is empty, so a read throws instead of touching memory.
/// </summary>
internal sealed unsafe class MappedIndexInput : IndexInput
{
    private MappedFile? _file;
    private byte* _start;
    private long _length;
    private long _position;

    public MappedIndexInput(string resourceDescription, MappedFile file, long offset, long length)
        : base(resourceDescription)
    {
        _file = file;
        _start = file.Start + offset;
        _length = length;
    }

    public override long Length => _length;

    public override long Position => _position;

    public override void Seek(long pos)
    {
        if (pos < 0 || pos > _length)
        {
            throw Unreadable($"seek to {pos}");
        }

        _position = pos;
    }

    public override byte ReadByte()
    {
        var position = _position;
        if (position >= _length)
        {
            throw Unreadable("read past EOF");
        }

        var value = _start[position];
        _position = position + 1;
        GC.KeepAlive(this); // the mapping stays while this reads it
        return value;
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        ArgumentNullException.ThrowIfNull(b);
        if (len < 0 || len > _length - _position)
        {
            throw Unreadable($"read of {len} bytes past EOF");
        }

        new ReadOnlySpan<byte>(_start + _position, len).CopyTo(b.AsSpan(offset, len));
        _position += len;
        GC.KeepAlive(this);
    }

    public override short ReadInt16()
    {
        var value = BinaryPrimitives.ReadInt16BigEndian(Take(sizeof(short)));
        GC.KeepAlive(this);
        return value;
    }

    public override int ReadInt32()
    {
        var value = BinaryPrimitives.ReadInt32BigEndian(Take(sizeof(int)));
        GC.KeepAlive(this);
        return value;
    }

    public override long ReadInt64()
    {
        var value = BinaryPrimitives.ReadInt64BigEndian(Take(sizeof(long)));
        GC.KeepAlive(this);
        return value;
    }

    public override int ReadVInt32()
    {
        // At most five bytes; near the end, the checked byte-by-byte reads of the base class.
        if (_length - _position < 5)
        {
            return base.ReadVInt32();
        }

        var bytes = _start + _position;
        int value = 0, shift = 0, read = 0;
        byte b;
        do
        {
            b = bytes[read++];
            value |= (b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0 && read < 5);

        if ((b & 0x80) != 0 || (read == 5 && (b & 0xF0) != 0))
        {
            throw new IOException("Invalid VInt32 detected (too many bits)");
        }

        _position += read;
        GC.KeepAlive(this);
        return value;
    }

    public override long ReadVInt64()
    {
        // At most nine bytes, the last without a continuation bit (no negative values).
        if (_length - _position < 9)
        {
            return base.ReadVInt64();
        }

        var bytes = _start + _position;
        long value = 0;
        int shift = 0, read = 0;
        byte b;
        do
        {
            b = bytes[read++];
            value |= (b & 0x7FL) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0 && read < 9);

        if ((b & 0x80) != 0)
        {
            throw new IOException("Invalid VInt64 detected (negative values disallowed)");
        }

        _position += read;
        GC.KeepAlive(this);
        return value;
    }

    public override void SkipBytes(long numBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numBytes);
        if (numBytes > _length - _position)
        {
            throw Unreadable($"skip of {numBytes} bytes past EOF");
        }

        _position += numBytes;
    }

    protected override void Dispose(bool disposing)
    {
        // This input only: its range becomes empty. Clones keep the file mapped for as long as they are reachable.
        _file = null;
        _start = null;
        _length = 0;
        _position = 0;
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _length - _position)
        {
            throw Unreadable($"read of {count} bytes past EOF");
        }

        var bytes = new ReadOnlySpan<byte>(_start + _position, count);
        _position += count;
        return bytes;
    }

    private Exception Unreadable(string what) => _file is null
        ? new ObjectDisposedException(ToString(), $"{what}: the input is closed")
        : new EndOfStreamException($"{what}: {this} (length {_length})");
}
