// Licensed to the Apache Software Foundation (ASF) under one
// or more contributor license agreements. See the NOTICE file
// distributed with this work for additional information
// regarding copyright ownership. The ASF licenses this file
// to you under the Apache License, Version 2.0 (the
// "License"); you may not use this file except in compliance
// with the License. You may obtain a copy of the License at
//
//   http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing,
// software distributed under the License is distributed on an
// "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
// KIND, either express or implied. See the License for the
// specific language governing permissions and limitations
// under the License.
package org.apache.cloudstack.devcloud.network;

import java.util.ArrayList;
import java.util.List;

import com.cloud.utils.db.GenericDaoBase;
import com.cloud.utils.db.SearchBuilder;
import com.cloud.utils.db.SearchCriteria;

public class FirewallRulesCidrsDaoImpl extends GenericDaoBase<FirewallRulesCidrsVO, Long> {
    private final SearchBuilder<FirewallRulesCidrsVO> ruleSearch;

    public FirewallRulesCidrsDaoImpl() {
        ruleSearch = createSearchBuilder();
        ruleSearch.and("ruleId", ruleSearch.entity().getFirewallRuleId(), SearchCriteria.Op.EQ);
        ruleSearch.done();
    }

    public List<String> getSourceCidrs(long ruleId) {
        SearchCriteria<FirewallRulesCidrsVO> sc = ruleSearch.create();
        sc.setParameters("ruleId", ruleId);
        List<String> cidrs = new ArrayList<>();
        for (FirewallRulesCidrsVO vo : listBy(sc)) {
            cidrs.add(vo.getSourceCidr());
        }
        return cidrs;
    }

    public void persist(long ruleId, List<String> cidrs) {
        if (cidrs != null) {
            for (String cidr : cidrs) {
                persist(new FirewallRulesCidrsVO(ruleId, cidr));
            }
        }
    }

    public void removeByRule(long ruleId) {
        SearchCriteria<FirewallRulesCidrsVO> sc = ruleSearch.create();
        sc.setParameters("ruleId", ruleId);
        expunge(sc);
    }
}
