using System.IO.MemoryMappedFiles;
using Lucene.Net.Store;

namespace Archive.Search.Indexing;

/// <summary>
/// The searchers' directory: every index file a read-only memory-mapped view, read through a pointer
/// (<see cref="MappedIndexInput"/>). Lucene.Net's MMapDirectory does the same through J2N byte buffers and registers
/// every clone of an input in a ConditionalWeakTable, so that closing can invalidate the clones. A search clones an
/// input for every term of every segment it reads, and that registration (a lock and a dependent handle the GC
/// must scan) took 10 % of a word query's CPU. Here a clone is a copy of a position, and a mapping stays valid for
/// as long as any input that reads it is reachable: a clone read after its file was closed still reads the file
/// rather than unmapped memory. Writing is FSDirectory's.
/// </summary>
internal sealed class MappedDirectory(string path) : FSDirectory(new DirectoryInfo(path), null)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var file = MappedFile.Open(Path.Combine(Directory.FullName, name));
        return new MappedIndexInput($"{nameof(MappedIndexInput)}(path=\"{Path.Combine(Directory.FullName, name)}\")", file, 0, file.Length);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        return new Slicer(path, MappedFile.Open(path));
    }

    /// <summary>Slices of a compound file: views of the one mapping at an offset.</summary>
    private sealed class Slicer(string path, MappedFile file) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length)
        {
            if (offset < 0 || length < 0 || offset > file.Length - length)
            {
                throw new ArgumentException($"slice {sliceDescription} out of bounds: offset={offset}, length={length}, file length={file.Length} ({path})");
            }

            return new MappedIndexInput($"{nameof(MappedIndexInput)}(path=\"{path}\" [slice={sliceDescription}])", file, offset, length);
        }

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, file.Length);

        protected override void Dispose(bool disposing)
        {
            // The mapping belongs to the slices: it is released once none of them is reachable.
        }
    }
}

/// <summary>
/// One mapped file. Its view's SafeHandle unmaps the file when it is finalized, which happens only once no input
/// holds this object: the mapping lives exactly as long as something can read it.
/// </summary>
internal sealed unsafe class MappedFile
{
    private readonly MemoryMappedFile? _file;
    private readonly MemoryMappedViewAccessor? _view;

    private MappedFile(MemoryMappedFile? file, MemoryMappedViewAccessor? view, byte* start, long length)
    {
        _file = file;
        _view = view;
        Start = start;
        Length = length;
    }

    /// <summary>The first byte of the file (null for an empty file, which cannot be mapped).</summary>
    public byte* Start { get; }

    public long Length { get; }

    public static MappedFile Open(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var length = stream.Length;
        if (length == 0)
        {
            stream.Dispose();
            return new MappedFile(null, null, null, 0);
        }

        MemoryMappedFile? file = null;
        try
        {
            file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            var view = file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);

            // No AddRef on the handle (AcquirePointer would take one, and the view would then never be unmapped):
            // this object keeps the view reachable, and so mapped, for as long as it is used.
            var start = (byte*)view.SafeMemoryMappedViewHandle.DangerousGetHandle() + view.PointerOffset;
            return new MappedFile(file, view, start, length);
        }
        catch
        {
            if (file is null)
            {
                stream.Dispose();
            }
            else
            {
                file.Dispose();
            }

            throw;
        }
    }

    /// <summary>Keeps the mapping reachable up to this call (see <see cref="GC.KeepAlive"/>).</summary>
    public void KeepAlive()
    {
        GC.KeepAlive(_file);
        GC.KeepAlive(_view);
    }
}
