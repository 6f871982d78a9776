package io.gridflex.application.belief.port.out;

import io.gridflex.domain.belief.DataSource;
import io.gridflex.domain.belief.SourceId;
import java.util.Collection;
import java.util.List;

/** The data sources beliefs refer to. */
public interface SourcesPort {

    /** The source so described, registered on first use. Safe under concurrent calls. */
    DataSource findOrRegisterSource(DataSource.DataSourceDescription description);

    /** The sources with these ids (unknown ids are left out). */
    List<DataSource> findSources(Collection<SourceId> ids);
}
