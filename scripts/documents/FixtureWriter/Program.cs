using Archive.Ingest.Tests.Readers.Rendering;

// Usage: FixtureWriter SEEDS_DIR OUT_DIR — one .docx per seed (seed-<name>.docx) and template2021.docx.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: FixtureWriter SEEDS_DIR OUT_DIR");
    return 2;
}

Directory.CreateDirectory(args[1]);
foreach (var seed in Directory.GetFiles(args[0], "*.txt").Order(StringComparer.Ordinal))
{
    var name = Path.GetFileNameWithoutExtension(seed);
    var document = TestDocument.FromText(name, File.ReadAllText(seed));
    File.WriteAllBytes(Path.Combine(args[1], $"seed-{name}.docx"), DocxRenderer.Render(document));
}

File.WriteAllBytes(Path.Combine(args[1], "template2021.docx"), DocxRenderer.Render(Template2021Document.Build()));
return 0;
