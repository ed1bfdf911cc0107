using EntityExtract.Text.Sentences;
using EntityExtract.Text.Tokenization;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace EntityExtract.Tagging.Contextual;

/// <summary>
/// The frozen sentence encoder (all-MiniLM-L6-v2: 6 layers, 384 dimensions, uncased WordPiece)
/// run by ONNX Runtime: for each token of a document, the last layer's vector of its first
/// piece, seen with the sentences around it (<see cref="EncoderWindows"/>). One instance serves
/// every worker: each call runs one window at a time on the calling thread (one intra-op
/// thread), so a vector never depends on how many threads the run has. The only type of the
/// tool that touches ONNX Runtime, created only for <c>--accurate</c>.
/// </summary>
internal sealed class ContextEncoder : IDisposable
{
    public const int Dimensions = 384;

    private readonly InferenceSession _session;
    private readonly WordPieceVocabulary _vocabulary;
    private readonly bool _longInputs;
    private readonly string[] _inputNames;
    private readonly string[] _outputNames = ["last_hidden_state"];

    private static readonly Lazy<ContextEncoder> s_shared = new(() => Open(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The encoder beside the tool, opened on first use and shared by every model and thread of the process.</summary>
    public static ContextEncoder Shared => s_shared.Value;

    /// <summary>How many encoders this process has opened (tests check that a default run opens none).</summary>
    internal static int Opened;

    public ContextEncoder(byte[] network, IEnumerable<string> vocabulary)
    {
        _vocabulary = new WordPieceVocabulary(vocabulary);
        using var options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        _session = new InferenceSession(network, options);
        _inputNames = [.. _session.InputMetadata.Keys];
        _longInputs = _session.InputMetadata[_inputNames[0]].ElementDataType == TensorElementType.Int64;
        Interlocked.Increment(ref Opened);
    }

    /// <summary>The encoder of the assembly beside the tool (<see cref="EncoderFiles"/>).</summary>
    public static ContextEncoder Open(string? assemblyPath = null)
    {
        var (network, vocabulary) = EncoderFiles.Read(assemblyPath ?? EncoderFiles.DefaultPath);
        return new ContextEncoder(network, vocabulary);
    }

    /// <summary>
    /// Hands <paramref name="sink"/> the vector of every token of the document, in token order.
    /// Buffers are allocated per document: next to the network's cost per piece they do not count.
    /// </summary>
    public void Encode(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<SentenceSpan> sentences, IVectorSink sink)
    {
        if (tokens.Length == 0)
        {
            return;
        }

        var tokenizer = new WordPieceTokenizer(_vocabulary);
        var pieces = new List<int>(tokens.Length + (tokens.Length / 4));
        var firstPiece = new int[tokens.Length];
        var sentenceStarts = new List<int>(sentences.Length + 1);
        var next = 0;
        foreach (var sentence in sentences)
        {
            // Tokens outside every sentence (the splitter leaves none) count as a sentence of their own.
            if (next < sentence.FirstToken)
            {
                sentenceStarts.Add(pieces.Count);
                AppendTokens(text, tokens, next, sentence.FirstToken, tokenizer, pieces, firstPiece);
            }

            sentenceStarts.Add(pieces.Count);
            AppendTokens(text, tokens, sentence.FirstToken, sentence.EndToken, tokenizer, pieces, firstPiece);
            next = sentence.EndToken;
        }

        if (next < tokens.Length)
        {
            sentenceStarts.Add(pieces.Count);
            AppendTokens(text, tokens, next, tokens.Length, tokenizer, pieces, firstPiece);
        }

        sentenceStarts.Add(pieces.Count);
        var token = 0;
        foreach (var window in EncoderWindows.Plan(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sentenceStarts)))
        {
            if (token >= tokens.Length || firstPiece[token] >= window.OwnEnd)
            {
                continue;
            }

            using (var outputs = Run(pieces, window.Start, window.End))
            {
                var values = outputs[0].GetTensorDataAsSpan<float>();
                for (; token < tokens.Length && firstPiece[token] < window.OwnEnd; token++)
                {
                    // +1: [CLS] comes first.
                    var row = firstPiece[token] - window.Start + 1;
                    sink.Take(token, values.Slice(row * Dimensions, Dimensions));
                }
            }
        }
    }

    private static void AppendTokens(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int from, int to, WordPieceTokenizer tokenizer, List<int> pieces, int[] firstPiece)
    {
        for (var t = from; t < to; t++)
        {
            firstPiece[t] = pieces.Count;
            tokenizer.Append(tokens[t].Slice(text), pieces);
        }
    }

    /// <summary>The last hidden state of pieces [start, end) between [CLS] and [SEP], shape [1, n + 2, 384].</summary>
    private IDisposableReadOnlyCollection<OrtValue> Run(List<int> pieces, int start, int end)
    {
        var n = end - start + 2;
        long[] shape = [1, n];
        var ids = new long[n];
        ids[0] = _vocabulary.Start;
        for (var i = start; i < end; i++)
        {
            ids[i - start + 1] = pieces[i];
        }

        ids[n - 1] = _vocabulary.End;
        var mask = new long[n];
        Array.Fill(mask, 1L);
        var types = new long[n];
        using var idsValue = Tensor(ids, shape);
        using var maskValue = Tensor(mask, shape);
        using var typesValue = Tensor(types, shape);
        var inputs = new OrtValue[_inputNames.Length];
        for (var i = 0; i < inputs.Length; i++)
        {
            inputs[i] = _inputNames[i] switch
            {
                "input_ids" => idsValue,
                "attention_mask" => maskValue,
                _ => typesValue,
            };
        }

        using var runOptions = new RunOptions();
        return _session.Run(runOptions, _inputNames, inputs, _outputNames);
    }

    private OrtValue Tensor(long[] values, long[] shape)
    {
        if (_longInputs)
        {
            return OrtValue.CreateTensorValueFromMemory(values, shape);
        }

        var narrow = new int[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            narrow[i] = (int)values[i];
        }

        return OrtValue.CreateTensorValueFromMemory(narrow, shape);
    }

    public void Dispose() => _session.Dispose();
}
