# Spark: each partition's records go to one entity-extract process as JSON Lines.
# Run with spark-submit; entity-extract must be on every executor's PATH.
from pyspark.sql import SparkSession

spark = SparkSession.builder.appName("entities").getOrCreate()
docs = spark.read.json("hdfs:///corpus/docs.jsonl").select("id", "text")
records = docs.toJSON()  # one {"id": ..., "text": ...} per line

# A malformed record makes the exit code 1; let it through (it is still reported on stderr).
run = "sh -c 'entity-extract extract --input-format jsonl --format jsonl -q {}; test $? -le 1'"
mentions = records.pipe(run.format(""))
mentions.saveAsTextFile("hdfs:///out/mentions")

corpus_parts = records.pipe(run.format("--group corpus"))  # one corpus table per partition
corpus_parts.coalesce(1).saveAsTextFile("hdfs:///out/corpus-parts")
# then: hdfs dfs -cat '/out/corpus-parts/part-*' | entity-extract merge --format jsonl - -o corpus.jsonl
