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
package org.apache.cloudstack.devcloud.account.dao;

import java.util.ArrayList;
import java.util.List;

import org.apache.cloudstack.devcloud.account.DomainVO;

import com.cloud.utils.db.GenericDaoBase;
import com.cloud.utils.db.SearchBuilder;
import com.cloud.utils.db.SearchCriteria;
import com.cloud.utils.db.Transaction;
import com.cloud.utils.db.TransactionCallback;
import com.cloud.utils.exception.CloudRuntimeException;

public class DomainDaoImpl extends GenericDaoBase<DomainVO, Long> implements DomainDao {

    private final SearchBuilder<DomainVO> pathSearch;
    private final SearchBuilder<DomainVO> pathPrefixSearch;
    private final SearchBuilder<DomainVO> parentNameSearch;

    public DomainDaoImpl() {
        pathSearch = createSearchBuilder();
        pathSearch.and("path", pathSearch.entity().getPath(), SearchCriteria.Op.EQ);
        pathSearch.done();

        pathPrefixSearch = createSearchBuilder();
        pathPrefixSearch.and("path", pathPrefixSearch.entity().getPath(), SearchCriteria.Op.LIKE);
        pathPrefixSearch.done();

        parentNameSearch = createSearchBuilder();
        parentNameSearch.and("parent", parentNameSearch.entity().getParent(), SearchCriteria.Op.EQ);
        parentNameSearch.and("name", parentNameSearch.entity().getName(), SearchCriteria.Op.EQ);
        parentNameSearch.done();
    }

    @Override
    public DomainVO findDomainByPath(String domainPath) {
        SearchCriteria<DomainVO> sc = pathSearch.create();
        sc.setParameters("path", domainPath);
        return findOneBy(sc);
    }

    @Override
    public DomainVO findByParentAndName(Long parentId, String name) {
        SearchCriteria<DomainVO> sc = parentNameSearch.create();
        sc.setParameters("parent", parentId);
        sc.setParameters("name", name);
        return findOneBy(sc);
    }

    @Override
    public List<Long> getDomainAndChildrenIds(long domainId) {
        List<Long> ids = new ArrayList<>();
        DomainVO domain = findById(domainId);
        if (domain == null) {
            return ids;
        }
        SearchCriteria<DomainVO> sc = pathPrefixSearch.create();
        sc.setParameters("path", escapeLike(domain.getPath()) + "%");
        for (DomainVO d : listBy(sc)) {
            ids.add(d.getId());
        }
        return ids;
    }

    @Override
    public boolean isChildDomain(Long parentId, Long childId) {
        if (parentId == null || childId == null) {
            return false;
        }
        if (parentId.equals(childId)) {
            return true;
        }
        DomainVO parent = findById(parentId);
        DomainVO child = findById(childId);
        return parent != null && child != null && child.getPath().startsWith(parent.getPath());
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public DomainVO create(DomainVO domain) {
        return Transaction.execute((TransactionCallback<DomainVO>)status -> {
            if (domain.getParent() == null) {
                domain.setPath("/");
                domain.setLevel(0);
                return persist(domain);
            }
            DomainVO parent = lockRow(domain.getParent(), true);
            if (parent == null) {
                throw new CloudRuntimeException("Unable to find the parent domain " + domain.getParent());
            }
            domain.setPath(parent.getPath() + domain.getName() + "/");
            domain.setLevel(parent.getLevel() + 1);
            DomainVO created = persist(domain);
            parent.setChildCount(parent.getChildCount() + 1);
            parent.setNextChildSeq(parent.getNextChildSeq() + 1);
            update(parent.getId(), parent);
            return created;
        });
    }
}
