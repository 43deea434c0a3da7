namespace Archive.Ingest.Readers;

/// <summary>A read-only, seekable stream over memory the caller already holds (no copy).</summary>
internal sealed class ReadOnlyMemoryStream(ReadOnlyMemory<byte> memory) : Stream
{
    private long _position;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => memory.Length;

    public override long Position
    {
        get => _position;
        set => _position = Math.Clamp(value, 0, memory.Length);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var available = (int)Math.Min(buffer.Length, memory.Length - _position);
        if (available <= 0)
        {
            return 0;
        }

        memory.Span.Slice((int)_position, available).CopyTo(buffer);
        _position += available;
        return available;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            _ => memory.Length + offset,
        };
        return _position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException("read-only stream");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("read-only stream");
}
