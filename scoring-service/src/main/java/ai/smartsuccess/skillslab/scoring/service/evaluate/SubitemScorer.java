package ai.smartsuccess.skillslab.scoring.service.evaluate;

import ai.smartsuccess.skillslab.scoring.service.preprocess.SessionEvidence;

/** A deterministic scorer of one subitem from documented evidence (see the module README for each formula). */
public interface SubitemScorer {

    String category();

    String subitem();

    SubitemResult score(SessionEvidence evidence);
}
