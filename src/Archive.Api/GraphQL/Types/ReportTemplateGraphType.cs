using Archive.Api.Vocabulary;
using Archive.Core.Reports;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class ReportTemplateGraphType : EnumerationGraphType
{
    public ReportTemplateGraphType()
    {
        Name = "ReportTemplate";
        Description = "The layout of a report (metric-dictionary.md §2); it decides which metric keys can occur.";
        Add(PublicNames.Of(ReportTemplate.Pre2019), ReportTemplate.Pre2019, "Reports on 2008–2018: optional statistics table (政府信息公开情况统计表) and prose figures.");
        Add(PublicNames.Of(ReportTemplate.V2019), ReportTemplate.V2019, "The 2019 format (国办公开办函〔2019〕60号), used for 2019 and 2020.");
        Add(PublicNames.Of(ReportTemplate.V2021), ReportTemplate.V2021, "The 2021 format (国办公开办函〔2021〕30号), used from 2021 on.");
    }
}
