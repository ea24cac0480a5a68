// Choices from a link that the API's data does not know are dropped once the data is in, and
// reported in the notice bar; the address is corrected in place.
import { useEffect } from 'react';
import type { DomainId } from '../../api/contract';
import type { IndicatorSelection } from '../../model/panel-view';
import { filterActions } from '../../state/filters';

export function useDropUnknownIndicators(domain: DomainId, hasData: boolean, selection: IndicatorSelection, chosen: string[]) {
  const unknown = selection.unknownIds.join(',');
  useEffect(() => {
    if (!hasData || unknown === '') return;
    const known = chosen.filter((id) => !unknown.split(',').includes(id));
    filterActions.unknownChoicesDropped(domain, { indicators: known }, [{ param: `${domain}.ind`, value: unknown, reason: 'unknown_indicator' }]);
  }, [domain, hasData, unknown, chosen]);
}

export function useDropUnknownCompany(domain: DomainId, hasFacts: boolean, company: string | null, companies: string[]) {
  const isUnknown = hasFacts && company !== null && !companies.includes(company);
  useEffect(() => {
    if (isUnknown && company !== null) {
      filterActions.unknownChoicesDropped(domain, { company: null }, [{ param: `${domain}.company`, value: company, reason: 'unknown_company' }]);
    }
  }, [domain, isUnknown, company]);
}
