using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace EntityExtract.Input.Documents;

/// <summary>
/// A web page's visible text through AngleSharp (an HTML5 parser: entities decoded, broken markup
/// repaired as browsers do, the encoding taken from the byte order mark or <c>meta charset</c>).
/// Script, style, template and hidden elements are left out; block elements end a line and
/// paragraphs, headings and list items a paragraph; white space is collapsed as a browser shows
/// it, except in <c>pre</c>.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas", "select", "button",
    };

    private static readonly HashSet<string> Paragraphs = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "table", "ul", "ol", "dl", "figure", "hr",
        "article", "section", "header", "footer", "aside", "nav", "main", "address", "details", "summary", "title",
    };

    private static readonly HashSet<string> Lines = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "br", "tr", "dt", "dd", "figcaption", "caption", "form", "fieldset", "legend", "center", "option",
    };

    public static void Extract(Stream stream, TextSink sink)
    {
        using var document = new HtmlParser().ParseDocument(stream);
        Walk(document.Body ?? (INode?)document.DocumentElement, sink, preformatted: false);
    }

    /// <summary>The text of an HTML string (an e-mail's HTML part).</summary>
    public static void Extract(string html, TextSink sink)
    {
        using var document = new HtmlParser().ParseDocument(html);
        Walk(document.Body ?? (INode?)document.DocumentElement, sink, preformatted: false);
    }

    private static void Walk(INode? node, TextSink sink, bool preformatted)
    {
        if (node is null)
        {
            return;
        }

        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    sink.Append(text.Data, collapse: !preformatted);
                    break;
                case IElement element when !Skipped.Contains(element.LocalName) && !element.HasAttribute("hidden"):
                    var name = element.LocalName;
                    var level = Paragraphs.Contains(name) ? 2 : Lines.Contains(name) ? 1 : 0;
                    if (name is "td" or "th")
                    {
                        sink.Space();
                    }

                    Break(sink, level);
                    Walk(element, sink, preformatted || name == "pre");
                    Break(sink, level);
                    break;
            }
        }
    }

    private static void Break(TextSink sink, int level)
    {
        if (level == 2)
        {
            sink.ParagraphBreak();
        }
        else if (level == 1)
        {
            sink.LineBreak();
        }
    }
}
