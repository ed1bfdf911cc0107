namespace EntityExtract.Tagging.Calibration;

/// <summary>
/// Maps a raw mention marginal to a calibrated confidence: first the temperature the marginals
/// were computed with (fitted on dev), then a monotone piecewise-linear map through the isotonic
/// regression points (also fitted on dev). With no points the marginal is returned unchanged.
/// </summary>
internal sealed class ConfidenceCalibration
{
    public ConfidenceCalibration(float temperature, float[] rawPoints, float[] calibratedPoints)
    {
        Temperature = temperature;
        RawPoints = rawPoints;
        CalibratedPoints = calibratedPoints;
    }

    public static ConfidenceCalibration Identity { get; } = new(1f, [], []);

    public float Temperature { get; }

    /// <summary>Increasing raw marginals at which <see cref="CalibratedPoints"/> apply.</summary>
    public float[] RawPoints { get; }

    public float[] CalibratedPoints { get; }

    public float Apply(double raw)
    {
        var x = (float)raw;
        var points = RawPoints;
        if (points.Length == 0)
        {
            return Math.Clamp(x, 0f, 1f);
        }

        if (x <= points[0])
        {
            return CalibratedPoints[0];
        }

        if (x >= points[^1])
        {
            return CalibratedPoints[^1];
        }

        var index = Array.BinarySearch(points, x);
        if (index >= 0)
        {
            return CalibratedPoints[index];
        }

        var upper = ~index;
        var lower = upper - 1;
        var share = (x - points[lower]) / (points[upper] - points[lower]);
        return CalibratedPoints[lower] + (share * (CalibratedPoints[upper] - CalibratedPoints[lower]));
    }
}
