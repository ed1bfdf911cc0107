namespace EntityExtract.Output;

public enum OutputFormat
{
    /// <summary>RFC 4180 CSV, made safe for spreadsheets.</summary>
    Csv,

    /// <summary>Tab-separated values; tabs, line breaks and backslashes inside values are escaped.</summary>
    Tsv,

    /// <summary>One JSON object per row, numbers as numbers.</summary>
    Jsonl,

    /// <summary>An Excel workbook (Office Open XML): typed cells, bold frozen header, autofilter.</summary>
    Xlsx,
}
