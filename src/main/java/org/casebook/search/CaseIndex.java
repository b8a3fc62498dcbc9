package org.casebook.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.casebook.domain.search.LetterContent;
import org.casebook.domain.search.SearchQuery;
import org.casebook.domain.search.SearchResults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A case's full-text index, in its own folder beside the database (ADR 23). It holds only what can be made again
 * from the database: each commit records the last entry of the database's search queue it has taken in, and whether
 * it is a whole index or a build cut short, so whoever opens it knows what to bring in or to build again. Changes are
 * seen by searches at once (near-real-time readers); they are on disk at the next {@link #commit}.
 */
public final class CaseIndex implements AutoCloseable {

    /** Bumped when the documents change shape; an index of another format is built again. */
    static final String FORMAT = "2";
    private static final String FORMAT_KEY = "casebook.format";
    private static final String APPLIED_KEY = "casebook.applied";
    private static final String COMPLETE_KEY = "casebook.complete";
    private static final Logger LOG = LoggerFactory.getLogger(CaseIndex.class);

    /** What was found on opening. Anything but {@code READY} needs a build from scratch. */
    public enum Condition { READY, MISSING, DAMAGED, OUTDATED, UNFINISHED }

    private final Path folder;
    private final Analyzer analyzer = CaseAnalyzer.create();
    private final Condition condition;
    private final FSDirectory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private long applied;

    private CaseIndex(Path folder, Condition condition, long applied) throws IOException {
        this.folder = folder;
        this.condition = condition;
        this.applied = applied;
        this.directory = FSDirectory.open(folder);
        openWriter(condition == Condition.READY ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND
                : IndexWriterConfig.OpenMode.CREATE);
    }

    /**
     * Opens the index in {@code folder}, making an empty one when there is none, and an empty one in place of one
     * that cannot be read (damaged, or of another format): the caller then builds it from the database.
     */
    public static CaseIndex open(Path folder) {
        try {
            Files.createDirectories(folder);
            Condition condition;
            long applied = 0;
            try (FSDirectory directory = FSDirectory.open(folder)) {
                if (!DirectoryReader.indexExists(directory)) {
                    condition = Condition.MISSING;
                } else {
                    Map<String, String> data = readable(directory);
                    if (data == null) {
                        condition = Condition.DAMAGED;
                    } else if (!FORMAT.equals(data.get(FORMAT_KEY))) {
                        condition = Condition.OUTDATED;
                    } else {
                        applied = Long.parseLong(data.getOrDefault(APPLIED_KEY, "0"));
                        condition = "true".equals(data.get(COMPLETE_KEY)) ? Condition.READY : Condition.UNFINISHED;
                    }
                }
            }
            if (condition == Condition.DAMAGED) {
                LOG.warn("The search index in {} cannot be read; it is made again from the case", folder);
                clear(folder);
            }
            return new CaseIndex(folder, condition, condition == Condition.READY ? applied : 0);
        } catch (LockObtainFailedException e) {
            throw new UncheckedIOException("The search index " + folder + " is in use by another program", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the search index " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The commit's data when every part of the index can be read, else {@code null}. */
    private static Map<String, String> readable(FSDirectory directory) {
        try {
            Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                reader.leaves().forEach(leaf -> leaf.reader().getFieldInfos());
            }
            return data;
        } catch (IOException | RuntimeException e) {
            LOG.debug("Unreadable search index", e);
            return null;
        }
    }

    private static void clear(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Whether {@code folder} holds an index that was committed at least once (whatever its state). */
    public static boolean exists(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (FSDirectory directory = FSDirectory.open(folder)) {
            return DirectoryReader.indexExists(directory);
        } catch (IOException e) {
            return false;
        }
    }

    /** Removes a closed index and its folder, when what it followed was replaced (a backup restored). */
    public static void delete(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try {
            clear(folder);
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove the old search index " + folder, e);
        }
    }

    private void openWriter(IndexWriterConfig.OpenMode mode) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(mode)
                .setRAMBufferSizeMB(48)
                .setCommitOnClose(false);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
    }

    public Condition condition() {
        return condition;
    }

    /** The last entry of the database's search queue this index holds (its last commit's, or since). */
    public long applied() {
        return applied;
    }

    /** Puts the letter's documents in place of those it had. */
    public void replace(LetterContent content) {
        List<Document> documents = Documents.of(content);
        write(() -> writer.updateDocuments(new Term(Fields.LETTER_ID, Long.toString(content.letter().id())), documents));
    }

    /** Takes out every document of a letter that is gone. */
    public void remove(long letterId) {
        write(() -> writer.deleteDocuments(new Term(Fields.LETTER_ID, Long.toString(letterId))));
    }

    /** Empties the index, for a build from scratch; nothing is lost until that build commits. */
    public void removeAll() {
        write(() -> writer.deleteAll());
    }

    /**
     * Rewrites the parts of the index that still hold removed documents, so no file keeps a word of a deleted
     * letter; followed by a commit, after which Lucene deletes the old files.
     */
    public void purgeRemoved() {
        write(() -> writer.forceMergeDeletes(true));
    }

    /** Makes every change so far durable, recording the queue entry {@code applied} and whether the index is whole. */
    public void commit(long appliedUpTo, boolean complete) {
        write(() -> {
            writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT, APPLIED_KEY, Long.toString(appliedUpTo),
                    COMPLETE_KEY, Boolean.toString(complete)).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        });
        applied = appliedUpTo;
    }

    /** Notes that changes up to {@code appliedUpTo} are in the index, though not yet committed. */
    public void advance(long appliedUpTo) {
        applied = Math.max(applied, appliedUpTo);
    }

    /** Drops every change since the last commit: a build that was cancelled leaves the index as it was. */
    public void rollback() {
        write(() -> {
            searchers.close();
            writer.rollback();
            openWriter(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        });
    }

    public boolean hasUncommittedChanges() {
        return writer.hasUncommittedChanges();
    }

    /** Runs the search on what the index holds now, every change made so far included. */
    public SearchResults search(SearchQuery query, FilterQueries.Expanded filters) {
        return withSearcher(searcher -> new IndexSearch(searcher, analyzer).run(query, filters));
    }

    /** How many documents the index holds now, counting changes not yet committed. */
    public int documents() {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    @FunctionalInterface
    private interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    /** Runs {@code work} on a searcher that sees every change so far, and hands the searcher back. */
    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not search " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The size on disk of the index's files. */
    public long sizeBytes() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            LOG.warn("Closing the search index {} failed", folder, e);
        }
    }

    @FunctionalInterface
    private interface IndexWork {
        void run() throws IOException;
    }

    private void write(IndexWork work) {
        try {
            work.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not update the search index " + folder + ": " + e.getMessage(), e);
        }
    }
}
