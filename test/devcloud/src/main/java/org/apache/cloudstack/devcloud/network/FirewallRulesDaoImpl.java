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

import java.util.List;

import javax.inject.Inject;

import com.cloud.network.rules.FirewallRule;
import com.cloud.utils.db.GenericDaoBase;
import com.cloud.utils.db.SearchBuilder;
import com.cloud.utils.db.SearchCriteria;
import com.cloud.utils.db.Transaction;
import com.cloud.utils.db.TransactionCallback;

/** Rules with their source CIDRs (kept in firewall_rules_cidrs, as CloudStack's FirewallRulesDaoImpl does). */
public class FirewallRulesDaoImpl extends GenericDaoBase<FirewallRuleVO, Long> {
    @Inject
    private FirewallRulesCidrsDaoImpl cidrsDao;

    private final SearchBuilder<FirewallRuleVO> allFieldsSearch;

    public FirewallRulesDaoImpl() {
        allFieldsSearch = createSearchBuilder();
        allFieldsSearch.and("ipId", allFieldsSearch.entity().getSourceIpAddressId(), SearchCriteria.Op.EQ);
        allFieldsSearch.and("purpose", allFieldsSearch.entity().getPurpose(), SearchCriteria.Op.EQ);
        allFieldsSearch.and("networkId", allFieldsSearch.entity().getNetworkId(), SearchCriteria.Op.EQ);
        allFieldsSearch.and("related", allFieldsSearch.entity().getRelated(), SearchCriteria.Op.EQ);
        allFieldsSearch.done();
    }

    @Override
    public FirewallRuleVO persist(FirewallRuleVO rule) {
        return Transaction.execute((TransactionCallback<FirewallRuleVO>)status -> {
            FirewallRuleVO saved = super.persist(rule);
            cidrsDao.persist(saved.getId(), rule.getSourceCidrList());
            return loadCidrs(saved);
        });
    }

    @Override
    public FirewallRuleVO findById(Long id) {
        return loadCidrs(super.findById(id));
    }

    /** Fills in the rule's source CIDRs (for rules found by a search of the caller's own). */
    public FirewallRuleVO loadSourceCidrs(FirewallRuleVO rule) {
        return loadCidrs(rule);
    }

    private FirewallRuleVO loadCidrs(FirewallRuleVO rule) {
        if (rule != null) {
            rule.setSourceCidrList(cidrsDao.getSourceCidrs(rule.getId()));
        }
        return rule;
    }

    private List<FirewallRuleVO> loadCidrs(List<FirewallRuleVO> rules) {
        rules.forEach(this::loadCidrs);
        return rules;
    }

    public List<FirewallRuleVO> listByIp(long ipId) {
        SearchCriteria<FirewallRuleVO> sc = allFieldsSearch.create();
        sc.setParameters("ipId", ipId);
        return loadCidrs(listBy(sc));
    }

    public List<FirewallRuleVO> listByIpAndPurpose(long ipId, FirewallRule.Purpose purpose) {
        SearchCriteria<FirewallRuleVO> sc = allFieldsSearch.create();
        sc.setParameters("ipId", ipId);
        sc.setParameters("purpose", purpose);
        return loadCidrs(listBy(sc));
    }

    public List<FirewallRuleVO> listByRelated(long relatedId) {
        SearchCriteria<FirewallRuleVO> sc = allFieldsSearch.create();
        sc.setParameters("related", relatedId);
        return loadCidrs(listBy(sc));
    }

    public boolean removeRule(long id) {
        return Transaction.execute((TransactionCallback<Boolean>)status -> {
            cidrsDao.removeByRule(id);
            return expunge(id);
        });
    }
}
