namespace EntityExtract.Output;

public enum OutputFormat
{
    Csv,
}
