namespace EntityExtract.Tagging.Calibration;

/// <summary>Isotonic regression by pool-adjacent-violators: the non-decreasing step function closest (least squares) to 0/1 outcomes.</summary>
internal static class Isotonic
{
    /// <summary>Returns block centres (mean raw value) and block accuracies, ready for <see cref="ConfidenceCalibration"/>.</summary>
    public static (float[] Raw, float[] Calibrated) Fit(List<(double Raw, bool Correct)> samples)
    {
        if (samples.Count == 0)
        {
            return ([], []);
        }

        var sorted = samples.OrderBy(s => s.Raw).ThenBy(s => s.Correct).ToList();
        var sumRaw = new List<double>();
        var sumCorrect = new List<double>();
        var weight = new List<int>();
        foreach (var (raw, correct) in sorted)
        {
            sumRaw.Add(raw);
            sumCorrect.Add(correct ? 1 : 0);
            weight.Add(1);
            while (sumCorrect.Count > 1 && sumCorrect[^2] / weight[^2] >= sumCorrect[^1] / weight[^1])
            {
                // Merge the violating pair into one block.
                sumRaw[^2] += sumRaw[^1];
                sumCorrect[^2] += sumCorrect[^1];
                weight[^2] += weight[^1];
                sumRaw.RemoveAt(sumRaw.Count - 1);
                sumCorrect.RemoveAt(sumCorrect.Count - 1);
                weight.RemoveAt(weight.Count - 1);
            }
        }

        var rawPoints = new float[weight.Count];
        var calibrated = new float[weight.Count];
        for (var i = 0; i < weight.Count; i++)
        {
            rawPoints[i] = (float)(sumRaw[i] / weight[i]);
            calibrated[i] = (float)(sumCorrect[i] / weight[i]);
        }

        return Deduplicate(rawPoints, calibrated);
    }

    /// <summary>Interpolation needs strictly increasing x; equal centres keep the later (higher) value.</summary>
    private static (float[] Raw, float[] Calibrated) Deduplicate(float[] raw, float[] calibrated)
    {
        var xs = new List<float>();
        var ys = new List<float>();
        for (var i = 0; i < raw.Length; i++)
        {
            if (xs.Count > 0 && raw[i] <= xs[^1])
            {
                ys[^1] = calibrated[i];
                continue;
            }

            xs.Add(raw[i]);
            ys.Add(calibrated[i]);
        }

        return ([.. xs], [.. ys]);
    }
}
