using Archive.Search.Indexing;
using Archive.Testing;
using Lucene.Net.Store;

namespace Archive.Search.Tests;

public sealed class MappedDirectoryTests
{
    [Fact]
    public void Reads_WhatLuceneWrote_AsLucenesOwnInputReadsIt()
    {
        using var temp = new TempDirectory("archive-mapped");
        var random = new Random(3);
        var values = new List<(int Kind, long Value, byte[] Bytes)>();
        using (var writing = FSDirectory.Open(temp.Path))
        using (var output = writing.CreateOutput("data", IOContext.DEFAULT))
        {
            for (var i = 0; i < 5_000; i++)
            {
                var kind = random.Next(6);
                var value = kind switch
                {
                    0 => random.Next(256),
                    1 => random.Next(),
                    2 => random.NextInt64(long.MinValue, long.MaxValue),
                    3 => random.Next(4) == 0 ? int.MaxValue - random.Next(3) : random.Next(1 << (random.Next(31) + 1) >>> 1),
                    4 => random.Next(4) == 0 ? long.MaxValue - random.Next(3) : random.NextInt64(1L << random.Next(63)),
                    _ => 0,
                };
                var bytes = kind == 5 ? new byte[random.Next(0, 300)] : [];
                random.NextBytes(bytes);
                values.Add((kind, value, bytes));
                switch (kind)
                {
                    case 0: output.WriteByte((byte)value); break;
                    case 1: output.WriteInt32((int)value); break;
                    case 2: output.WriteInt64(value); break;
                    case 3: output.WriteVInt32((int)value); break;
                    case 4: output.WriteVInt64(value); break;
                    default: output.WriteBytes(bytes, bytes.Length); break;
                }
            }
        }

        using var mapped = new MappedDirectory(temp.Path);
        using var input = mapped.OpenInput("data", IOContext.READ);
        var positions = new List<long>();
        foreach (var (kind, value, bytes) in values)
        {
            positions.Add(input.Position);
            long read = kind switch
            {
                0 => input.ReadByte(),
                1 => input.ReadInt32(),
                2 => input.ReadInt64(),
                3 => input.ReadVInt32(),
                4 => input.ReadVInt64(),
                _ => 0,
            };
            if (kind == 5)
            {
                var buffer = new byte[bytes.Length];
                input.ReadBytes(buffer, 0, buffer.Length);
                Assert.Equal(bytes, buffer);
            }

            Assert.Equal(value, read);
        }

        Assert.Equal(input.Length, input.Position);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());

        // A clone keeps its own position; seeking back re-reads the same bytes.
        var clone = (IndexInput)input.Clone();
        var middle = values.FindIndex(v => v.Kind == 3);
        clone.Seek(positions[middle]);
        Assert.Equal(values[middle].Value, clone.ReadVInt32());
        Assert.Equal(input.Length, input.Position);
    }

    [Fact]
    public void BoundsAndClosing_GiveExceptions_NeverAReadOutsideTheFile()
    {
        using var temp = new TempDirectory("archive-mapped");
        using (var writing = FSDirectory.Open(temp.Path))
        {
            using var output = writing.CreateOutput("five", IOContext.DEFAULT);
            output.WriteBytes([1, 2, 3, 4, 5], 5);
            writing.CreateOutput("empty", IOContext.DEFAULT).Dispose();
        }

        using var mapped = new MappedDirectory(temp.Path);
        using (var empty = mapped.OpenInput("empty", IOContext.READ))
        {
            Assert.Equal(0, empty.Length);
            Assert.Throws<EndOfStreamException>(() => empty.ReadByte());
        }

        var input = mapped.OpenInput("five", IOContext.READ);
        Assert.Throws<EndOfStreamException>(() => input.Seek(6));
        input.Seek(3);
        Assert.Throws<EndOfStreamException>(() => input.ReadInt32());
        Assert.Throws<EndOfStreamException>(() => input.ReadBytes(new byte[3], 0, 3));

        // A truncated VInt at the end is read byte by byte and reported as the end of the file.
        input.Seek(4);
        Assert.Equal(5, input.ReadVInt32());

        var clone = (IndexInput)input.Clone();
        input.Dispose();
        Assert.Throws<ObjectDisposedException>(() => input.ReadByte());

        // The clone still reads the mapped file: closing never leaves a reader pointing at unmapped memory.
        clone.Seek(0);
        Assert.Equal(1, clone.ReadByte());

        using var slicer = mapped.CreateSlicer("five", IOContext.READ);
        using var slice = slicer.OpenSlice("middle", 1, 3);
        Assert.Equal(3, slice.Length);
        Assert.Equal(2, slice.ReadByte());
        slice.Seek(2);
        Assert.Equal(4, slice.ReadByte());
        Assert.Throws<EndOfStreamException>(() => slice.ReadByte());
        Assert.Throws<ArgumentException>(() => slicer.OpenSlice("past", 3, 3));
    }
}
