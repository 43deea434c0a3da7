using System.Globalization;
using Archive.Core.Reports;
using Archive.Core.Vocabulary;
using Archive.Search.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Archive.Search.Indexing;

/// <summary>Turns a <see cref="SearchDocument"/> into the Lucene document of the Archive layout.</summary>
internal static class SearchDocumentMapper
{
    // The body is stored for snippets and carries no term vectors: matches are found again in the stored text
    // (see MatchFinder), so highlighting costs no index space.
    private static readonly FieldType TextType = Frozen(new FieldType(TextField.TYPE_STORED));

    private static readonly FieldType ExactType = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        OmitNorms = true,
    });

    // Which reports hold a common sequence, nothing more: no frequencies, positions or norms.
    private static readonly FieldType CommonType = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    });

    public static Term IdTerm(long reportId) => new(IndexFields.Id, reportId.ToString(CultureInfo.InvariantCulture));

    public static Document ToLucene(SearchDocument source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var doc = new Document
        {
            new StringField(IndexFields.Id, source.ReportId.ToString(CultureInfo.InvariantCulture), Field.Store.YES),
            new NumericDocValuesField(IndexFields.IdValues, source.ReportId),
            new Field(IndexFields.Text, source.Text, TextType),
            new Field(IndexFields.TextExact, source.Text, ExactType),
            new Field(IndexFields.TextCommon, source.Text, CommonType),
            new StringField(IndexFields.Template, source.Template.StableId(), Field.Store.NO),
            new SortedDocValuesField(IndexFields.TemplateValues, new BytesRef(source.Template.StableId())),
            new StringField(IndexFields.HasFlags, source.HasFlags ? "1" : "0", Field.Store.NO),
            new NumericDocValuesField(IndexFields.HasFlagsValues, source.HasFlags ? 1 : 0),
        };

        foreach (var kind in (source.FlagKinds ?? []).Distinct())
        {
            doc.Add(new StringField(IndexFields.FlagKind, kind.StableId(), Field.Store.NO));
        }

        if (!string.IsNullOrWhiteSpace(source.Title))
        {
            doc.Add(new TextField(IndexFields.Title, source.Title, Field.Store.YES));
            doc.Add(new Field(IndexFields.TitleExact, source.Title, ExactType));
        }

        if (!string.IsNullOrWhiteSpace(source.Agency))
        {
            doc.Add(new TextField(IndexFields.Agency, source.Agency, Field.Store.YES));
            doc.Add(new Field(IndexFields.AgencyExact, source.Agency, ExactType));
            doc.Add(new StringField(IndexFields.AgencyKey, source.Agency, Field.Store.NO));
        }

        if (source.AgencyKind?.StableId() is { } agencyKind)
        {
            doc.Add(new StringField(IndexFields.AgencyKind, agencyKind, Field.Store.NO));
            doc.Add(new SortedDocValuesField(IndexFields.AgencyKindValues, new BytesRef(agencyKind)));
        }

        var (province, prefecture, county) = RegionCodes.Levels(source.ProvinceCode, source.PrefectureCode, source.CountyCode);
        if (province is not null)
        {
            doc.Add(new StringField(IndexFields.Province, province, Field.Store.NO));
            doc.Add(new SortedDocValuesField(IndexFields.ProvinceValues, new BytesRef(province)));
        }

        if (prefecture is not null)
        {
            doc.Add(new StringField(IndexFields.Prefecture, prefecture, Field.Store.NO));
            doc.Add(new SortedDocValuesField(IndexFields.PrefectureValues, new BytesRef(prefecture)));
        }

        if (county is not null)
        {
            doc.Add(new StringField(IndexFields.County, county, Field.Store.NO));
            doc.Add(new SortedDocValuesField(IndexFields.CountyValues, new BytesRef(county)));
        }

        if (source.Year is { } year)
        {
            doc.Add(new Int32Field(IndexFields.Year, year, Field.Store.NO));
            doc.Add(new NumericDocValuesField(IndexFields.YearValues, year));
        }

        if (source.Published is { } published)
        {
            doc.Add(new Int32Field(IndexFields.Published, published.DayNumber, Field.Store.NO));
            doc.Add(new NumericDocValuesField(IndexFields.PublishedValues, published.DayNumber));
        }

        return doc;
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
