package org.tawsim.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.tawsim.corpus.NewDocument;
import org.tawsim.corpus.PlainTextDecoder;

/** The Arabic articles under seeds/ (packaged into the jar), in file-name order. */
final class SeedArticles {

    private SeedArticles() {
    }

    static List<NewDocument> load(String locationPattern) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(locationPattern);
            return Arrays.stream(resources)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(SeedArticles::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list seed articles at " + locationPattern, e);
        }
    }

    private static NewDocument read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            String name = resource.getFilename();
            return NewDocument.fromFile(name, PlainTextDecoder.decode(name, in.readAllBytes(), null));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed article " + resource, e);
        }
    }
}
