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
package org.apache.cloudstack.devcloud.account;

import javax.inject.Inject;

import org.apache.cloudstack.api.ApiCommandResourceType;
import org.apache.cloudstack.devcloud.account.dao.AccountDao;
import org.apache.cloudstack.devcloud.account.dao.EventDao;
import org.apache.cloudstack.devcloud.api.ApiEventRecorder;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.cloud.user.Account;

/**
 * Writes action events into CloudStack's {@code event} table, as ActionEventUtils' persistActionEvent
 * does: the owner account's domain, the level, the state (Scheduled, Started, Completed, Created) and
 * the id of the event that started the chain.
 */
public class ActionEventRecorder implements ApiEventRecorder {
    private static final Logger LOGGER = LogManager.getLogger(ActionEventRecorder.class);

    @Inject
    private EventDao eventDao;
    @Inject
    private AccountDao accountDao;

    public Long record(long userId, long accountId, String level, String type, EventVO.State state, boolean display, String description, Long resourceId,
        String resourceType, long startEventId) {
        if (type == null) {
            return null;
        }
        Account account = accountDao.findByIdIncludingRemoved(accountId);
        EventVO event = new EventVO();
        event.setUserId(userId);
        event.setAccountId(accountId);
        event.setDomainId(account == null ? 1L : account.getDomainId());
        event.setType(type);
        event.setState(state);
        event.setLevel(level);
        event.setDescription(description == null ? "" : truncate(description, 1024));
        event.setResourceId(resourceId == null || resourceId <= 0 ? null : resourceId);
        event.setResourceType(resourceType == null || resourceType.isEmpty() || "None".equals(resourceType) ? null : truncate(resourceType, 32));
        event.setStartId(startEventId);
        event.setDisplay(display);
        EventVO saved = eventDao.persist(event);
        LOGGER.debug("Event {} {} {}: {}", type, state, level, description);
        return saved == null ? null : saved.getId();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    @Override
    public Long onScheduled(long userId, long accountId, String eventType, String description, Long resourceId, ApiCommandResourceType resourceType,
        boolean display, long startEventId) {
        return record(userId, accountId, EventVO.LEVEL_INFO, eventType, EventVO.State.Scheduled, display, description, resourceId,
            resourceType == null ? null : resourceType.toString(), startEventId);
    }
}
