package org.tawsim.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.tawsim.base.UserError;

/**
 * A deterministic train/dev/test split by document: document ids sorted, shuffled with
 * {@code java.util.Random(seed)}, then cut by the ratios (train gets the rounding remainder). The same corpus,
 * ratios and seed always give the same split.
 */
public record ExportSplit(double train, double dev, double test, long seed) {

    public static final List<String> PARTS = List.of("train", "dev", "test");

    public ExportSplit {
        if (train < 0 || dev < 0 || test < 0 || train + dev + test <= 0
                || Double.isNaN(train + dev + test) || Double.isInfinite(train + dev + test)) {
            throw new UserError("export.error.split");
        }
    }

    /** The part ("train", "dev" or "test") of every document id. */
    public Map<Long, String> assign(List<Long> documentIds) {
        List<Long> order = new ArrayList<>(documentIds);
        Collections.sort(order);
        Collections.shuffle(order, new Random(seed));
        double total = train + dev + test;
        int devCount = (int) Math.floor(order.size() * dev / total);
        int testCount = (int) Math.floor(order.size() * test / total);
        int trainCount = order.size() - devCount - testCount;
        Map<Long, String> parts = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            parts.put(order.get(i), i < trainCount ? "train" : i < trainCount + devCount ? "dev" : "test");
        }
        return parts;
    }
}
