using System.Diagnostics;
using System.IO.Compression;
using System.Text;

namespace Archive.Testing;

/// <summary>
/// Issue 20's hostile documents, made at test time (small on disk): deep DOCX nesting, gridSpan/gridBefore of
/// 2·10⁹, a PDF flate bomb and deep array, 100k-deep HTML, /dev/zero and a FIFO behind `.txt`, a symlink loop and
/// a folder that links to itself, beside two good seed files. Shared by the reader tests (time) and the CLI
/// tests (a real `archive ingest`'s memory).
/// </summary>
public static class HostileDocuments
{
    /// <summary>The good files <see cref="WriteFolder"/> puts beside the hostile ones.</summary>
    public static readonly IReadOnlyList<string> GoodFiles = ["good-1.txt", "good-2.txt"];

    /// <summary>The hostile files <see cref="WriteFolder"/> writes, each to be refused with a reason.</summary>
    public static readonly IReadOnlyList<string> HostileFiles =
    [
        "deep-sdt.docx", "deep-table.docx", "gridspan.docx", "gridbefore.docx", "flate-bomb.pdf", "deep-array.pdf",
        "nested-ul.html", "nested-div.html", "zero.txt", "fifo.txt", "loop-a.txt", "loop-b.txt",
    ];

    /// <summary>Writes the hostile documents and two good seeds into <paramref name="folder"/> .</summary>
    public static void WriteFolder(string folder)
    {
        var seeds = TestPaths.SeedFiles;
        File.Copy(seeds[0], Path.Combine(folder, GoodFiles[0]));
        File.Copy(seeds[1], Path.Combine(folder, GoodFiles[1]));

        File.WriteAllBytes(Path.Combine(folder, "deep-sdt.docx"), Docx(Nest("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", 50_000, "<w:p><w:r><w:t>深</w:t></w:r></w:p>")));
        File.WriteAllBytes(Path.Combine(folder, "deep-table.docx"), Docx(Nest("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", 20_000, "<w:p/>")));
        File.WriteAllBytes(Path.Combine(folder, "gridspan.docx"), Docx("<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2000000000\"/></w:tcPr><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>"));
        File.WriteAllBytes(Path.Combine(folder, "gridbefore.docx"), Docx("<w:tbl><w:tr><w:trPr><w:gridBefore w:val=\"2000000000\"/></w:trPr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>"));
        File.WriteAllBytes(Path.Combine(folder, "flate-bomb.pdf"), FlateBombPdf(320L * 1024 * 1024));
        File.WriteAllBytes(Path.Combine(folder, "deep-array.pdf"), Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n" + new string('[', 100_000) + new string(']', 100_000) + "\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"));
        File.WriteAllText(Path.Combine(folder, "nested-ul.html"), "<html><body>" + Nest("<ul><li>", "</li></ul>", 100_000, "政府信息公开") + "</body></html>");
        File.WriteAllText(Path.Combine(folder, "nested-div.html"), "<html><body>" + Nest("<div>", "</div>", 100_000, "政府信息公开") + "</body></html>");
        File.CreateSymbolicLink(Path.Combine(folder, "zero.txt"), "/dev/zero");
        using (var mkfifo = Process.Start("mkfifo", [Path.Combine(folder, "fifo.txt")]))
        {
            mkfifo.WaitForExit();
        }

        File.CreateSymbolicLink(Path.Combine(folder, "loop-a.txt"), Path.Combine(folder, "loop-b.txt"));
        File.CreateSymbolicLink(Path.Combine(folder, "loop-b.txt"), Path.Combine(folder, "loop-a.txt"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "again"), folder);
    }

    private static string Nest(string open, string close, int depth, string inner)
    {
        var builder = new StringBuilder((open.Length + close.Length) * depth + inner.Length);
        for (var i = 0; i < depth; i++)
        {
            builder.Append(open);
        }

        builder.Append(inner);
        for (var i = 0; i < depth; i++)
        {
            builder.Append(close);
        }

        return builder.ToString();
    }

    private static byte[] Docx(string body)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Add(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            Add(zip, "word/document.xml", """<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>""" + body + "</w:body></w:document>");
        }

        return output.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }

    /// <summary>A one-page PDF whose content stream inflates to <paramref name="inflatedBytes"/> of spaces.</summary>
    private static byte[] FlateBombPdf(long inflatedBytes)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var chunk = new byte[1 << 20];
            Array.Fill(chunk, (byte)' ');
            for (long written = 0; written < inflatedBytes; written += chunk.Length)
            {
                zlib.Write(chunk);
            }
        }

        var pdf = new MemoryStream();
        void Write(string s) => pdf.Write(Encoding.ASCII.GetBytes(s));
        Write("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n");
        Write("3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n");
        Write($"4 0 obj << /Length {compressed.Length} /Filter /FlateDecode >>\nstream\n");
        compressed.Position = 0;
        compressed.CopyTo(pdf);
        Write("\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        return pdf.ToArray();
    }
}
