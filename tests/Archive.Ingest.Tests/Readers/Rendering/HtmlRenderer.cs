using System.Net;
using System.Text;

namespace Archive.Ingest.Tests.Readers.Rendering;

/// <summary>Writes a <see cref="TestDocument"/> as a web page with bordered tables (colspan/rowspan for merged cells).</summary>
public static class HtmlRenderer
{
    public static string Render(TestDocument document, string charset = "utf-8")
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"").Append(charset).Append("\">\n<title>")
            .Append(WebUtility.HtmlEncode(document.Name)).Append("</title>\n<style>td{border:1px solid #000}</style>\n</head>\n<body>\n");
        html.Append("<div class=\"nav\"><script>var x = \"不是正文\";</script></div>\n");
        foreach (var block in document.Blocks)
        {
            if (block.Rows is { } rows)
            {
                html.Append("<table border=\"1\" cellspacing=\"0\">\n");
                foreach (var row in rows)
                {
                    html.Append("  <tr>");
                    foreach (var cell in row)
                    {
                        html.Append("<td");
                        if (cell.ColumnSpan > 1)
                        {
                            html.Append(" colspan=\"").Append(cell.ColumnSpan).Append('"');
                        }

                        if (cell.RowSpan > 1)
                        {
                            html.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
                        }

                        html.Append('>').Append(cell.Text.Length == 0 ? "&nbsp;" : WebUtility.HtmlEncode(cell.Text)).Append("</td>");
                    }

                    html.Append("</tr>\n");
                }

                html.Append("</table>\n");
            }
            else
            {
                html.Append("<p>").Append(WebUtility.HtmlEncode(block.Text)).Append("</p>\n");
            }
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }
}
