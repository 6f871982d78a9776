package io.gridflex.adapter.rest.flexmeasures;

import io.gridflex.application.page.Page;
import io.gridflex.application.page.PageRequest;
import java.util.Optional;

/** FlexMeasures lists: a plain list without {@code page}, the paginated object with it. */
final class FlexMeasuresListing {

    private FlexMeasuresListing() {
    }

    static Object of(Page<?> page, Optional<PageRequest> request) {
        if (request.isEmpty()) {
            return page.items();
        }
        return new PageJson<>(page.items(), page.totalRecords(), page.filteredRecords());
    }
}
