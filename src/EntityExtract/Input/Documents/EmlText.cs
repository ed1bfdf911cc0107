using MimeKit;

namespace EntityExtract.Input.Documents;

/// <summary>
/// An e-mail message (.eml) through MimeKit: its subject, a blank line, then its text body, or
/// the text of its HTML body when it has no plain-text part. Attachments are not read.
/// </summary>
internal static class EmlText
{
    public static void Extract(Stream stream, TextSink sink)
    {
        MimeMessage message;
        try
        {
            message = MimeMessage.Load(stream);
        }
        catch (FormatException e)
        {
            throw new DocumentFault($"not a readable e-mail message ({e.Message})");
        }

        using (message)
        {
            if (!string.IsNullOrWhiteSpace(message.Subject))
            {
                sink.Append(message.Subject);
                sink.ParagraphBreak();
            }

            if (message.TextBody is { } text)
            {
                sink.Append(text, collapse: false);
            }
            else if (message.HtmlBody is { } html)
            {
                HtmlText.Extract(html, sink);
            }
        }
    }
}
