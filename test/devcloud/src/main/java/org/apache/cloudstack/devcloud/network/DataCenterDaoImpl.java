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

import com.cloud.utils.db.GenericDaoBase;
import com.cloud.utils.db.SearchBuilder;
import com.cloud.utils.db.SearchCriteria;

/** Zones. Also what the EntityManager hands out for DataCenter lookups (the WireGuard plugin reads the zone's network type). */
public class DataCenterDaoImpl extends GenericDaoBase<DataCenterVO, Long> {
    private final SearchBuilder<DataCenterVO> nameSearch;

    public DataCenterDaoImpl() {
        nameSearch = createSearchBuilder();
        nameSearch.and("name", nameSearch.entity().getName(), SearchCriteria.Op.EQ);
        nameSearch.done();
    }

    public DataCenterVO findByName(String name) {
        SearchCriteria<DataCenterVO> sc = nameSearch.create();
        sc.setParameters("name", name);
        List<DataCenterVO> zones = listBy(sc);
        return zones.isEmpty() ? null : zones.get(0);
    }
}
