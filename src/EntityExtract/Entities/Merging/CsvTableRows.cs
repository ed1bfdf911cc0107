using CsvHelper;

namespace EntityExtract.Entities.Merging;

/// <summary>Reads back a CSV table with CsvHelper, strictly: broken quoting ends the table with its line number.</summary>
internal sealed class CsvTableRows : ITableRows
{
    private readonly CsvReader _reader;

    public CsvTableRows(Stream source)
    {
        _reader = CsvReader.Create(source, new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
        }, leaveOpen: true);
        try
        {
            Columns = _reader.Headers.Select(TableReaders.WithoutBom).ToArray();
        }
        catch (CsvFormatException e)
        {
            throw new TableFormatException(1, e.Message);
        }
    }

    public IReadOnlyList<string> Columns { get; }

    public IEnumerable<TableRow> Rows()
    {
        while (true)
        {
            TableRow row;
            try
            {
                if (!_reader.Read())
                {
                    yield break;
                }

                var cells = new string[_reader.FieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = _reader.GetString(i);
                }

                row = new TableRow(_reader.LineNumber, cells);
            }
            catch (CsvFormatException e)
            {
                throw new TableFormatException(_reader.LineNumber, e.Message);
            }

            yield return row;
        }
    }

    public void Dispose() => _reader.Dispose();
}
